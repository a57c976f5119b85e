export const id = 5486;
export const ids = [5486];
export const modules = {

/***/ 55486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ render_command),
  createCommand: () => (/* binding */ createCommand)
});

// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/kube/options.ts + 1 modules
var options = __webpack_require__(61614);
// EXTERNAL MODULE: ./lib/kube/manifests.ts
var manifests = __webpack_require__(29920);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/kube/sources.ts
var sources = __webpack_require__(87196);
;// CONCATENATED MODULE: ./lib/kube/render.ts



async function renderManifests(inputs, runCommand) {
    const loaded = await (0,sources/* loadManifests */.DD)(inputs.manifests, runCommand);
    const { objects, pinned, unpinned } = (0,manifests/* pinImages */.Mc)(loaded, inputs.images);
    for (const pin of pinned)
        (0,log/* info */.pq)(`${pin.object} container ${pin.container}: ${pin.from} → ${pin.to}`);
    for (const image of unpinned)
        (0,log/* warning */.$e)(`${image.object} container ${image.container} runs ${image.image}, which no images entry pins by digest`);
    return { objects: (0,manifests/* orderForApply */.yX)(objects), pinned };
}

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/render.ts
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
            const { runCommand = sources/* defaultRunner */.a0, stdout = text => process.stdout.write(text), cwd = process.cwd() } = deps;
            const source = (0,core_inputs/* recordInputSource */.BE)({
                manifests: (values.manifests ?? []).join('\n'),
                images: (values.images ?? []).join('\n'),
                'allow-tags': values['allow-tags'] === undefined ? undefined : String(values['allow-tags'])
            });
            const inputs = (0,options/* readRenderOptions */.$d)(new core_inputs/* Inputs */.G0(source), cwd);
            const { objects } = await renderManifests(inputs, runCommand);
            stdout((0,manifests/* toYaml */.fE)(objects));
            return command/* EXIT */.d.ok;
        }
    };
}
const render_command = createCommand();


/***/ })

};
