export const id = 444;
export const ids = [444];
export const modules = {

/***/ 52941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   createCommand: () => (/* binding */ createCommand)
/* harmony export */ });
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57579);
/* harmony import */ var _lib_kube_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59882);
/* harmony import */ var _lib_kube_manifests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29920);
/* harmony import */ var _lib_kube_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94968);
/* harmony import */ var _lib_kube_sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87196);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73619);
/** `shipline render`: the manifests deploy-eks would apply, images pinned by digest, in apply order. */






function createCommand(deps = {}) {
    return {
        usage: 'shipline render --manifests DIR|FILE|GLOB [--manifests …] [--images name=repository@sha256:DIGEST]... [--allow-tags]',
        options: {
            manifests: { type: 'string', multiple: true },
            images: { type: 'string', multiple: true },
            'allow-tags': { type: 'boolean' }
        },
        async run({ values }) {
            const { runCommand = _lib_kube_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultRunner */ .a0, stdout = text => process.stdout.write(text), cwd = process.cwd() } = deps;
            const source = (0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .recordInputSource */ .BE)({
                manifests: (values.manifests ?? []).join('\n'),
                images: (values.images ?? []).join('\n'),
                'allow-tags': values['allow-tags'] === undefined ? undefined : String(values['allow-tags'])
            });
            const inputs = (0,_lib_kube_options_js__WEBPACK_IMPORTED_MODULE_1__/* .readRenderOptions */ .$d)(new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0(source), cwd);
            const { objects } = await (0,_lib_kube_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderManifests */ .h)(inputs, runCommand);
            stdout((0,_lib_kube_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .toYaml */ .fE)(objects));
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
        }
    };
}
const command = createCommand();


/***/ }),

/***/ 16384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Path patterns of `.trivyignore.yaml` (`paths:`), matched the way Trivy matches them (doublestar):
 * `**` spans directories, `*` and `?` stay within one, `[abc]` and `{a,b}` as in a shell.
 */
/** A RegExp for `pattern`, or undefined when the pattern is malformed (unclosed `[` or `{`). */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return undefined;
            out += escape(pattern[++i]);
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const next = pattern[i + 2];
                i++;
                if (atStart && next === '/') {
                    out += '(?:.*/)?';
                    i++;
                }
                else if (atStart && next === undefined)
                    out += '.*';
                else
                    out += '[^/]*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return undefined;
            let body = pattern.slice(i + 1, end);
            if (body.startsWith('!') || body.startsWith('^'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escape(c);
    }
    if (braces !== 0)
        return undefined;
    try {
        return new RegExp(`^${out}$`);
    }
    catch {
        return undefined;
    }
}
function escape(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function globMatch(pattern, path) {
    return globToRegExp(pattern)?.test(path) ?? false;
}


/***/ }),

/***/ 94968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderManifests)
/* harmony export */ });
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95422);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29920);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87196);



async function renderManifests(inputs, runCommand) {
    const loaded = await (0,_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .loadManifests */ .DD)(inputs.manifests, runCommand);
    const { objects, pinned, unpinned } = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pinImages */ .Mc)(loaded, inputs.images);
    for (const pin of pinned)
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(`${pin.object} container ${pin.container}: ${pin.from} → ${pin.to}`);
    for (const image of unpinned)
        (0,_core_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(`${image.object} container ${image.container} runs ${image.image}, which no images entry pins by digest`);
    return { objects: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .orderForApply */ .yX)(objects), pinned };
}


/***/ })

};
