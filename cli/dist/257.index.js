export const id = 257;
export const ids = [257];
export const modules = {

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _lib_git_changed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6797);
/* harmony import */ var _lib_config_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2597);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1085);
/* harmony import */ var _lib_core_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5422);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3619);
/** `shipline changed`: the services whose watched paths changed since a base, as a GitHub matrix. */






const command = {
    usage: 'shipline changed [--base REF] [--config shipline.yml] [--github-output]',
    options: {
        base: { type: 'string' },
        config: { type: 'string' },
        'github-output': { type: 'boolean' }
    },
    async run({ values }) {
        if (values['github-output'] && !process.env.GITHUB_OUTPUT)
            throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('--github-output', 'GITHUB_OUTPUT is not set', 'a GitHub Actions step (it sets GITHUB_OUTPUT)');
        const config = await (0,_lib_config_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(values.config || undefined);
        const base = values.base?.trim() || undefined;
        const result = await (0,_lib_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .changedServices */ .VH)(config, base);
        if (result.allBecause)
            (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e)(`listing every service: ${result.allBecause}`);
        else
            (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)(`${result.services.length} of ${config.services.length} service(s) changed since ${base}`);
        const json = JSON.stringify((0,_lib_git_changed_js__WEBPACK_IMPORTED_MODULE_1__/* .matrix */ .UP)(result.services));
        process.stdout.write(`${json}\n`);
        if (values['github-output']) {
            const names = result.services.map(service => service.name);
            const cdnChanged = names.some(name => config.cdn.services.includes(name));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('matrix', json);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('any', String(names.length > 0));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('services', names.join(','));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('cdn-paths', cdnChanged ? config.cdn.paths.join('\n') : '');
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
};


/***/ })

};
