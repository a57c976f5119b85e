export const id = 7854;
export const ids = [7854];
export const modules = {

/***/ 57854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ build_command)
});

// EXTERNAL MODULE: ./lib/config/config.ts + 1 modules
var config_config = __webpack_require__(2597);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/images/build-push.ts + 2 modules
var build_push = __webpack_require__(40947);
;// CONCATENATED MODULE: ./lib/images/build-many.ts


const DEFAULT_CONCURRENCY = 4;
async function buildPushAll(config, services, options, ctx, { concurrency = DEFAULT_CONCURRENCY, onSettled } = {}) {
    const session = (0,build_push/* newSession */.RL)();
    const settled = services.map(() => undefined);
    let reported = 0;
    const report = () => {
        while (reported < services.length && settled[reported])
            onSettled?.(settled[reported++]);
    };
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < services.length; i = next++) {
            const service = services[i];
            try {
                settled[i] = {
                    service: service.name,
                    result: await (0,build_push/* buildPushService */.KN)(config, service, options, ctx, session)
                };
            }
            catch (error) {
                settled[i] = { service: service.name, error: (0,errors/* oneLine */.TN)(error) };
            }
            report();
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, services.length) }, worker));
    return settled;
}
/** The one message of a run with failures: the failure itself when one service failed, else each named. */
function failuresMessage(settled) {
    const failed = settled.filter((s) => 'error' in s);
    if (failed.length === 0)
        return undefined;
    if (failed.length === 1)
        return failed[0].error;
    return `${failed.length} of ${settled.length} services failed: ${failed.map(f => f.error).join('; ')}`;
}

// EXTERNAL MODULE: ./lib/images/context.ts
var context = __webpack_require__(47330);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/images/builder-args.ts
var builder_args = __webpack_require__(2806);
;// CONCATENATED MODULE: ./lib/images/logout.ts
/** Logging out of every registry a run logged into with the builder's CLI; a failure only warns. */



async function logOut(exec, logins) {
    for (const login of logins) {
        try {
            await exec(login.builder, (0,builder_args/* logoutArgs */.m9)(login.builder, login.host), { stream: false });
            (0,log/* info */.pq)(`Logged out of ${login.host} (${login.builder})`);
        }
        catch (error) {
            (0,log/* warning */.$e)(`Could not log out of ${login.host}: ${(0,errors/* oneLine */.TN)(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./lib/images/options.ts
var images_options = __webpack_require__(16863);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/build.ts
/**
 * `shipline build`: build-push for the services of a shipline.yml, from the root of any git repository.
 * One JSON line per service on stdout (built, reused, pushed, or the error); every service is tried
 * whatever the others do; the logout always runs.
 * Exit codes: 0 every service succeeded; 1 one or more failed (all named in one message); 2 bad usage.
 */









const build_command = {
    usage: 'shipline build --registry HOST[:PORT][/prefix] [--config shipline.yml] [--service NAME]... [--builder docker|podman] [--push] [--insecure-registry] [--build-arg NAME=VALUE]... [--no-cache] [--cache-ref REF] [--cache-write] [--resolve]',
    options: {
        config: { type: 'string' },
        registry: { type: 'string' },
        service: { type: 'string', multiple: true },
        builder: { type: 'string' },
        push: { type: 'boolean' },
        'insecure-registry': { type: 'boolean' },
        'build-arg': { type: 'string', multiple: true },
        'no-cache': { type: 'boolean' },
        'cache-ref': { type: 'string' },
        'cache-write': { type: 'boolean' },
        resolve: { type: 'boolean' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const source = (0,inputs/* recordInputSource */.BE)({
            config: flag('config'),
            registry: flag('registry'),
            builder: flag('builder'),
            push: values.push ? 'true' : 'false',
            'insecure-registry': flag('insecure-registry'),
            'build-args': (values['build-arg'] ?? []).join('\n'),
            cache: values['no-cache'] ? 'false' : 'true',
            'cache-ref': flag('cache-ref'),
            'cache-write': values['cache-write'] ? 'true' : undefined
        });
        const options = (0,images_options/* readBuildPushOptions */.TA)(new inputs/* Inputs */.G0(source), process.env);
        const config = await (0,config_config.loadConfig)(options.configFile);
        const services = (0,config_config/* selectServices */.Zo)(config, values.service ?? []).map(service => (0,build_push/* withBuildArgs */.WX)(service, options.buildArgs));
        for (const service of services)
            await (0,build_push/* checkService */._x)(config, service, options);
        const ctx = (0,context/* defaultBuildContext */.j)(process.env);
        try {
            const settled = await buildPushAll(config, services, { ...options, resolveOnly: values.resolve === true }, ctx, {
                onSettled: s => {
                    const line = 'error' in s
                        ? { service: s.service, error: s.error }
                        : (({ service, image, digest, tags, built }) => ({ service, image, digest, tags, built }))(s.result);
                    process.stdout.write(`${JSON.stringify(line)}\n`);
                }
            });
            const failure = failuresMessage(settled);
            if (failure)
                throw new errors/* UserError */.yo(failure);
        }
        finally {
            await logOut(ctx.exec, ctx.logins);
        }
        return command/* EXIT */.d.ok;
    }
};


/***/ })

};
