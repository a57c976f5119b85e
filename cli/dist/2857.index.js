export const id = 2857;
export const ids = [2857];
export const modules = {

/***/ 52857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _lib_config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2597);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57579);
/* harmony import */ var _lib_images_build_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99292);
/* harmony import */ var _lib_images_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47330);
/* harmony import */ var _lib_images_deploy_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36461);
/* harmony import */ var _lib_images_deploy_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42219);
/* harmony import */ var _lib_images_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16863);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73619);
/* harmony import */ var _github_output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80805);
/**
 * `shipline resolve`: the images a rollout pins, from the content tags the build set decided
 * (`shipline build-set`'s `tags` output), looked up in the registry; nothing is built and no git is
 * needed, so it runs on a bare runner. Archives given with --archives (images built or copied before
 * their repository existed) are pushed first, digest checked. With --github-output it sets `images`
 * (service=image@digest lines, for deploy-eks), `deployed` (the JSON the next environment promotes),
 * and `records` (the tags `shipline record` leaves once the rollout and the invalidation succeeded).
 * Exit codes: 0 every image resolved; 1 one or more are not in the registry (all named); 2 bad usage.
 */










const command = {
    usage: 'shipline resolve --registry HOST[:PORT][/prefix] --tags JSON [--environment NAME] [--watch-key KEY] [--static-key KEY] [--config shipline.yml] [--archives DIR] [--insecure-registry] [--github-output]',
    options: {
        registry: { type: 'string' },
        tags: { type: 'string' },
        environment: { type: 'string' },
        'watch-key': { type: 'string' },
        'static-key': { type: 'string' },
        config: { type: 'string' },
        archives: { type: 'string' },
        'insecure-registry': { type: 'boolean' },
        'github-output': { type: 'boolean' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const githubOutput = (0,_github_output_js__WEBPACK_IMPORTED_MODULE_9__/* .requireGithubOutput */ .Y)(values['github-output'] === true);
        const inputs = new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0((0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .recordInputSource */ .BE)({
            config: flag('config'),
            registry: flag('registry'),
            push: 'true',
            'insecure-registry': flag('insecure-registry'),
            '--tags': flag('tags'),
            '--environment': flag('environment'),
            '--watch-key': flag('watch-key'),
            '--static-key': flag('static-key'),
            '--archives': flag('archives')
        }));
        const options = (0,_lib_images_options_js__WEBPACK_IMPORTED_MODULE_7__/* .readBuildPushOptions */ .TA)(inputs, process.env);
        const config = await (0,_lib_config_config_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(options.configFile);
        const resolve = (0,_lib_images_deploy_options_js__WEBPACK_IMPORTED_MODULE_5__/* .readResolveOptions */ .LW)(inputs, config);
        const { images, records } = await (0,_lib_images_deploy_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveDeploy */ .i)({
            ...resolve,
            config,
            options,
            ctx: (0,_lib_images_context_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultBuildContext */ .j)(process.env)
        });
        const lines = Object.entries(images).map(([service, image]) => `${service}=${image}`);
        process.stdout.write(`${lines.join('\n')}\n`);
        if (githubOutput) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('images', lines.join('\n'));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployed', (0,_lib_images_build_set_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDeployed */ .u2)(images, resolve.tags));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('records', records.join(' '));
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
};


/***/ })

};
