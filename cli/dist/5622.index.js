export const id = 5622;
export const ids = [5622];
export const modules = {

/***/ 25622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ init_command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/config.ts + 1 modules
var config_config = __webpack_require__(2597);
;// CONCATENATED MODULE: ./lib/config/init.ts
/**
 * `shipline init`: from the facts of a repository (lib/config/repo-scan.ts), the one list of
 * services (`shipline.yml`) and the caller workflow of the reusable workflows. Pure: decisions
 * and text only; the command writes the files after the text passed Shipline's own validation.
 *
 * One service per directory holding a Dockerfile, named after the directory (also its image
 * repository and its workload); a frontend (a React, Vue, Angular, Svelte or Vite package, or a
 * frontend/web/ui directory with an index.html) built by a Dockerfile becomes the service
 * `frontend`, whose entry point and assets CloudFront invalidates after a deploy that changed it; a
 * frontend package without a Dockerfile becomes the `static` site, published to S3.
 */

const CONFIG_PATH = 'shipline.yml';
const WORKFLOW_PATH = '.github/workflows/shipline.yml';
const DEFAULT_SHIPLINE_REPOSITORY = 'shipline-dev/shipline';
/** An environment's part of a secret name: `staging` → `STAGING`. */
function secretKey(environment) {
    return environment.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
/**
 * The GitHub secret of one of an environment's roles, one name everywhere in the docs:
 * SHIPLINE_ENV_PLAN_ROLE_ARN, SHIPLINE_ENV_BUILD_ROLE_ARN, SHIPLINE_ENV_DEPLOY_ROLE_ARN.
 */
function roleSecret(environment, role) {
    return `SHIPLINE_${secretKey(environment)}_${role}_ROLE_ARN`;
}
/** The environments init deploys when none is named, in order: staging, then production. */
const DEFAULT_ENVIRONMENTS = ['staging', 'production'];
/** What the caller workflow says until the bootstrap's outputs are given (terraform init names it). */
const PLACEHOLDERS = { stateBucket: 'STATE_BUCKET', stateKmsKey: 'STATE_KMS_KEY_ARN' };
/** The state backend as backend-config takes it: key=value lines, the one format. */
function backendLines(options) {
    return [
        `bucket=${options.stateBucket ?? PLACEHOLDERS.stateBucket}`,
        `region=${options.awsRegion}`,
        `kms_key_id=${options.stateKmsKey ?? PLACEHOLDERS.stateKmsKey}`
    ];
}
const FRONTEND_PACKAGES = ['react', 'vue', '@angular/core', 'svelte', 'vite', 'next', 'preact', 'solid-js'];
const FRONTEND_DIRS = ['frontend', 'web', 'webapp', 'ui', 'client', 'www', 'site'];
const TERRAFORM_DIRS = ['infra', 'terraform', 'iac', 'infrastructure', 'deploy', 'ops'];
/** A name valid as a service, an ECR repository and a Kubernetes workload: `[a-z0-9]` and `-`. */
function serviceName(text) {
    const name = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63)
        .replace(/-+$/, '');
    return name || 'app';
}
function isFrontend(dir, facts) {
    const pkg = facts.packages.find(p => p.dir === dir);
    if (pkg?.dependencies.some(d => FRONTEND_PACKAGES.includes(d)))
        return true;
    const at = (path) => (dir === '.' ? path : `${dir}/${path}`);
    return (FRONTEND_DIRS.includes(external_node_path_.posix.basename(dir)) &&
        ['index.html', 'public/index.html', 'src/index.html'].some(f => facts.files.has(at(f))));
}
/** Unique names: the directory's; on a clash its parent's too; then a number. */
function nameServices(facts) {
    const services = facts.dockerfiles.map(({ dir, file }) => ({
        name: serviceName(dir === '.' ? facts.name : external_node_path_.posix.basename(dir)),
        context: dir,
        dockerfile: file,
        frontend: isFrontend(dir, facts)
    }));
    const clashing = services.filter(s => services.some(o => o !== s && o.name === s.name));
    for (const s of clashing)
        if (s.context.includes('/'))
            s.name = serviceName(s.context.split('/').slice(-2).join('-'));
    const used = new Set();
    for (const s of services) {
        let name = s.name;
        for (let n = 2; used.has(name); n++)
            name = `${s.name}-${n}`;
        s.name = name;
        used.add(name);
    }
    const frontends = services.filter(s => s.frontend);
    if (frontends.length === 1 && !services.some(s => s.name === 'frontend'))
        frontends[0].name = 'frontend';
    return services;
}
function cdnPathsOf(frontend, facts) {
    if (!frontend)
        return [];
    const dir = (path) => (frontend.context === '.' ? path : `${frontend.context}/${path}`);
    const deps = facts.packages.find(p => p.dir === frontend.context)?.dependencies ?? [];
    if (facts.dirs.has(dir('static')) || deps.includes('react-scripts'))
        return ['/index.html', '/static/*'];
    if (deps.includes('next'))
        return ['/index.html', '/_next/*'];
    if (deps.includes('vite') || facts.dirs.has(dir('assets')))
        return ['/index.html', '/assets/*'];
    return ['/index.html'];
}
/** The static site of a frontend package: its build command and output directory (Vite: dist, CRA: build). */
function staticOf(dir, facts) {
    const deps = facts.packages.find(p => p.dir === dir)?.dependencies ?? [];
    const out = deps.includes('react-scripts') ? 'build' : deps.includes('next') ? 'out' : 'dist';
    return { context: dir, build: 'npm ci && npm run build', dir: dir === '.' ? out : `${dir}/${out}` };
}
function terraformDirectory(facts) {
    const withTf = new Set([...facts.files].filter(f => f.endsWith('.tf')).map(f => external_node_path_.posix.dirname(f)));
    const preferred = TERRAFORM_DIRS.find(d => withTf.has(d));
    if (preferred)
        return preferred;
    return [...withTf]
        .filter(d => !d.split('/').includes('modules'))
        .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
}
/** The environment's overlay; else one kustomization that is no overlay of another environment. */
function kustomizeOverlay(facts, environment) {
    const dirs = [...facts.kustomizations.keys()];
    const shared = dirs.filter(d => !/(^|\/)overlays\//.test(d));
    return (dirs.find(d => d.endsWith(`/overlays/${environment}`)) ??
        shared.find(d => /(^|\/)(k8s|kubernetes|manifests)$/.test(d)) ??
        shared.filter(d => !/(^|\/)base(\/|$)/.test(d)).sort((a, b) => a.length - b.length)[0]);
}
function environmentOf(facts, name, workingDirectory, notes) {
    const varFile = workingDirectory
        ? [`${workingDirectory}/environments/${name}.tfvars`, `${workingDirectory}/${name}.tfvars`].find(f => facts.files.has(f))
        : undefined;
    const found = kustomizeOverlay(facts, name);
    // None: the starter overlay shipline manifests writes where a repository has no overlays/.
    const manifests = found ?? `infra/k8s/overlays/${name}`;
    if (!found)
        notes.push(`${name}: no kustomization found for it: manifests is ${manifests}, the starter overlay \`shipline manifests\` writes with infra/k8s/base`);
    const kustomizeEnvFile = !found || /infra-outputs\.env/.test(facts.kustomizations.get(found) ?? '')
        ? `${manifests}/infra-outputs.env`
        : undefined;
    return {
        name,
        ...(varFile ? { varFile } : {}),
        ...(manifests !== 'infra/k8s/overlays/production' ? { manifests } : {}),
        ...(kustomizeEnvFile ? { kustomizeEnvFile } : {})
    };
}
/** The decisions of `shipline init` for a repository's facts. */
function planInit(facts, options) {
    const notes = [];
    const services = nameServices(facts);
    const frontend = services.find(s => s.name === 'frontend' && s.frontend);
    for (const s of services)
        notes.push(`service ${s.name}: ${s.context === '.' ? 'the repository root' : `${s.context}/`}${s.dockerfile}`);
    const unbuilt = [...facts.dirs]
        .filter(d => isFrontend(d, facts) && facts.packages.some(p => p.dir === d))
        .filter(d => !services.some(s => s.context === d));
    const site = unbuilt.length && !frontend ? staticOf(unbuilt[0], facts) : undefined;
    if (site)
        notes.push(`${site.context}/ is a frontend without a Dockerfile: published to S3 by the static section (built with "${site.build}" into ${site.dir}; check both)`);
    for (const dir of unbuilt.slice(site ? 1 : 0))
        notes.push(`${dir}/ looks like a frontend too: not configured (one static site per shipline.yml)`);
    const workingDirectory = terraformDirectory(facts);
    if (!workingDirectory)
        notes.push('no Terraform found: working-directory stays infra (the default)');
    const environments = options.environments.map(name => environmentOf(facts, name, workingDirectory, notes));
    return {
        services,
        cdnPaths: site ? [] : cdnPathsOf(frontend, facts),
        ...(site ? { static: site } : {}),
        ...(workingDirectory && workingDirectory !== 'infra' ? { workingDirectory } : {}),
        environments,
        notes
    };
}
/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
function scalar(text) {
    const plain = /^[A-Za-z0-9_./*-][A-Za-z0-9_./* -]*$/.test(text) && !text.endsWith(' ');
    const special = /^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9.][0-9._eE+-]*)$/i.test(text);
    return plain && !special && !text.startsWith('*') && !text.startsWith('/*') ? text : JSON.stringify(text);
}
function renderShiplineYml(plan, options) {
    const lines = [
        `# Shipline's pipeline configuration, written by shipline init (shipline ${options.version}).`,
        '# The one list of services: each name is also its image repository under the registry (ECR) and',
        '# its workload in the Kubernetes manifests. Paths are relative to the repository root; watch lists',
        '# the paths whose change rebuilds a service (default: its context), such as a shared library.',
        'version: 1',
        `environment: ${scalar(options.environments[options.environments.length - 1])}`,
        'services:'
    ];
    for (const s of plan.services) {
        lines.push(`  ${s.name}:`, `    context: ${scalar(s.context)}`);
        if (s.dockerfile !== 'Dockerfile')
            lines.push(`    dockerfile: ${scalar(s.dockerfile)}`);
        lines.push(`    workload: deployment/${s.name}`);
    }
    if (plan.static)
        lines.push('# The frontend, built and published to S3 after the rollout (publish-static); check build and dir.', 'static:', `  context: ${scalar(plan.static.context)}`, `  build: ${scalar(plan.static.build)}`, `  dir: ${scalar(plan.static.dir)}`, `  watch: [${scalar(plan.static.context)}]`);
    if (plan.cdnPaths.length)
        lines.push('# Invalidated in CloudFront after a deploy that changed the frontend.', 'cdn:', `  paths: [${plan.cdnPaths.map(scalar).join(', ')}]`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/config/repo-scan.ts
/**
 * What `shipline init` looks at in a repository: its Dockerfiles, its frontends, its Terraform, its
 * kustomize directories. Read-only; the decisions are made from these facts by lib/config/init.ts.
 */


/** Directories never looked into: dependencies, build output, tool state, test fixtures. */
const SKIPPED_DIRS = [
    'node_modules',
    'vendor',
    'dist',
    'build',
    'target',
    'out',
    'coverage',
    'venv',
    '__pycache__',
    '__fixtures__',
    'fixtures',
    'testdata'
];
const MAX_DEPTH = 8;
const MAX_ENTRIES = 50_000;
const INTERESTING = /(?:^index\.html$|\.tf$|\.tfvars$|^kustomization\.ya?ml$|^Kustomization$)/;
function readDependencies(path) {
    try {
        const json = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return [...Object.keys(json.dependencies ?? {}), ...Object.keys(json.devDependencies ?? {})];
    }
    catch {
        return [];
    }
}
/** The facts of the repository at `root` (a bounded walk: depth 8, 50,000 entries). */
function scanRepository(root) {
    const facts = {
        name: (0,external_node_path_.basename)(root),
        dockerfiles: [],
        packages: [],
        dirs: new Set(['.']),
        files: new Set(),
        kustomizations: new Map()
    };
    const skipped = new Set(SKIPPED_DIRS);
    let seen = 0;
    const walk = (dir, depth) => {
        const rel = (0,external_node_path_.relative)(root, dir).split(external_node_path_.sep).join(external_node_path_.posix.sep) || '.';
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        const names = new Set(entries.filter(e => e.isFile()).map(e => e.name));
        const dockerfile = names.has('Dockerfile')
            ? 'Dockerfile'
            : names.has('Containerfile')
                ? 'Containerfile'
                : '';
        if (dockerfile)
            facts.dockerfiles.push({ dir: rel, file: dockerfile });
        if (names.has('package.json'))
            facts.packages.push({ dir: rel, dependencies: readDependencies((0,external_node_path_.join)(dir, 'package.json')) });
        for (const entry of entries) {
            if (++seen > MAX_ENTRIES)
                return;
            const path = rel === '.' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isFile() && INTERESTING.test(entry.name)) {
                facts.files.add(path);
                if (/^kustomization\.ya?ml$|^Kustomization$/.test(entry.name))
                    facts.kustomizations.set(rel, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, entry.name), 'utf8'));
            }
            if (!entry.isDirectory() || entry.name.startsWith('.') || skipped.has(entry.name))
                continue;
            facts.dirs.add(path);
            if (depth < MAX_DEPTH)
                walk((0,external_node_path_.join)(dir, entry.name), depth + 1);
        }
    };
    walk(root, 0);
    return facts;
}
/** Whether `root` already has the files `shipline init` writes, by their relative path. */
function existingFiles(root, paths) {
    return paths.filter(path => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path)));
}

// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/core/version.ts
var version = __webpack_require__(40768);
;// CONCATENATED MODULE: ./lib/github/caller-workflow.ts
/**
 * The caller workflow `shipline init` writes: plan.yml on pull requests; deploy.yml once per
 * environment on pushes to main and on a dispatch with action deploy (the first environment builds
 * what its registry lacks, each next one promotes the previous one's digests); teardown.yml on a
 * dispatch with action teardown; rescan.yml every night, per environment. Each job passes the
 * inputs and the role secrets its workflow declares: SHIPLINE_ENV_PLAN/BUILD/DEPLOY_ROLE_ARN per
 * environment. `uses:` names an immutable ref (a release tag or a full commit SHA) and nothing else
 * does: the reusable workflows run the actions of the commit GitHub resolved for that line. Pure.
 */

/** `key: value` lines; a value of several lines as a literal block. */
function withLines(entries, indent) {
    return entries
        .filter(([, v]) => v !== undefined)
        .flatMap(([k, v]) => Array.isArray(v) ? [`${indent}${k}: |`, ...v.map(l => `${indent}  ${l}`)] : [`${indent}${k}: ${v}`]);
}
/** A YAML scalar for a `with:` value: plain for simple text, double-quoted otherwise. */
function value(text) {
    return /^[A-Za-z0-9_./-]+$/.test(text) && !/^(?:true|false|null|[0-9.]+)$/i.test(text)
        ? text
        : JSON.stringify(text);
}
/** An expression's string literal. */
const literal = (text) => `'${text.replace(/'/g, "''")}'`;
/**
 * One value per environment as one expression of `inputs.environment` (the dispatch's choice):
 * the common value, the value with the environment's name in it, or a choice among the values
 * (none of them empty, so `&&`/`||` picks exactly the environment's; '' for none).
 */
function perEnvironment(environments, of, quote = literal) {
    const values = environments.map(of);
    if (values.every(v => v === undefined))
        return undefined;
    if (values.every(v => v === values[0]))
        return values[0];
    const template = values[0]?.split(environments[0].name).join('${{ inputs.environment }}');
    if (template !== undefined &&
        template !== values[0] &&
        values.every((v, i) => v === template.split('${{ inputs.environment }}').join(environments[i].name)))
        return template;
    const choices = environments.flatMap((e, i) => values[i] === undefined ? [] : [`inputs.environment == ${literal(e.name)} && ${quote(values[i])}`]);
    return `\${{ ${[...choices, "''"].join(' || ')} }}`;
}
function header(plan, options) {
    const names = plan.environments.map(e => e.name);
    const upper = names.map(secretKey);
    const keys = upper.length === 1 ? upper[0] : `{${upper.join(',')}}`;
    return [
        `# Shipline's caller workflow, written by shipline init (shipline ${options.version}).`,
        '# Before its first run (README, "Adopting it in another repository"):',
        `#   secrets SHIPLINE_${keys}_{PLAN,BUILD,DEPLOY}_ROLE_ARN: the bootstrap's role ARNs;`,
        "#   backend-config: the bootstrap's state_bucket and state_kms_key_arn, key=value lines;",
        `#   the GitHub environment${names.length === 1 ? '' : 's'} ${names.join(' and ')}, with required reviewers and deployments from main only.`,
        `# Pinned to ${options.shiplineRepository}@${options.shiplineRef}: the workflows run the actions of that commit.`,
        '# To upgrade, change every uses: line, to a release tag vX.Y.Z (never moved) or to a full commit SHA.',
        '# A private EKS endpoint: set deploy-runner to a self-hosted runner inside the VPC (README).',
        'name: shipline',
        '',
        'on:',
        '  pull_request:',
        '    branches: [main]',
        '  push:',
        '    branches: [main]',
        '  schedule:',
        "    - cron: '17 4 * * *'",
        '  workflow_dispatch:',
        '    inputs:',
        '      action:',
        '        description: What to do',
        '        type: choice',
        '        options: [deploy, teardown]',
        '        required: true',
        '      environment:',
        '        description: The environment to tear down',
        '        type: choice',
        `        options: [${names.join(', ')}]`,
        `        default: ${names[0]}`,
        '      confirm:',
        "        description: For a teardown, type the environment's name to confirm",
        '        type: string',
        "        default: ''",
        '',
        'permissions: {}',
        ''
    ];
}
function job(j, options) {
    return [
        `  ${j.id}:`,
        ...(j.needs ? [`    needs: ${j.needs}`] : []),
        `    if: ${j.condition}`,
        ...(j.concurrency
            ? ['    concurrency:', `      group: ${j.concurrency}`, '      cancel-in-progress: true']
            : []),
        ...(j.matrix
            ? ['    strategy:', '      fail-fast: false', '      matrix:', '        include:', ...j.matrix]
            : []),
        '    permissions:',
        ...(j.actions ? ['      actions: read # the report job names the jobs that failed'] : []),
        '      contents: read',
        '      id-token: write',
        ...(j.pullRequests ? ['      pull-requests: write'] : []),
        `    uses: ${options.shiplineRepository}/.github/workflows/${j.workflow}.yml@${options.shiplineRef}`,
        '    secrets:',
        ...j.secrets.map(([name, expression]) => `      ${name}: ${expression}`),
        '    with:',
        ...withLines(j.with, '      ')
    ];
}
const secret = (name) => `\${{ secrets.${name} }}`;
const OTHER_JOBS = ['plan', 'teardown', 'rescan'];
/** The caller job that deploys an environment: named after it when that is a valid, free job id. */
function jobId(environment) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(environment) && !OTHER_JOBS.includes(environment)
        ? environment
        : `deploy-${environment.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
function renderCallerWorkflow(plan, options) {
    const { environments } = plan;
    const first = environments[0];
    const last = environments[environments.length - 1];
    const common = (e) => [
        ['environment', value(e.name)],
        ['aws-region', value(options.awsRegion)],
        ['working-directory', plan.workingDirectory && value(plan.workingDirectory)],
        ['var-file', e.varFile && value(e.varFile)],
        ['backend-config', backendLines(options)]
    ];
    const deploys = environments.map((e, i) => ({
        id: jobId(e.name),
        ...(i ? { needs: jobId(environments[i - 1].name) } : {}),
        condition: i
            ? `needs.${jobId(environments[i - 1].name)}.outputs.images != ''`
            : "github.event_name == 'push' || (github.event_name == 'workflow_dispatch' && inputs.action == 'deploy')",
        actions: true,
        workflow: 'deploy',
        secrets: [
            ['BUILD_ROLE_ARN', secret(roleSecret(e.name, 'BUILD'))],
            ['PLAN_ROLE_ARN', secret(roleSecret(e.name, 'PLAN'))],
            ['DEPLOY_ROLE_ARN', secret(roleSecret(e.name, 'DEPLOY'))],
            ...(i
                ? [['PROMOTE_FROM_ROLE_ARN', secret(roleSecret(environments[i - 1].name, 'BUILD'))]]
                : [])
        ],
        with: [
            ...common(e),
            ['manifests', e.manifests && value(e.manifests)],
            ['kustomize-env-file', e.kustomizeEnvFile && value(e.kustomizeEnvFile)],
            ['promote-images', i ? `\${{ needs.${jobId(environments[i - 1].name)}.outputs.images }}` : undefined]
        ]
    }));
    const byChoice = (role) => perEnvironment(environments, e => `secrets.${roleSecret(e.name, role)}`, text => text);
    const teardownSecret = (role) => {
        const expression = byChoice(role) ?? '';
        return expression.startsWith('${{') ? expression : `\${{ ${expression} }}`;
    };
    const jobs = [
        {
            id: 'plan',
            condition: "github.event_name == 'pull_request'",
            concurrency: 'shipline-plan-${{ github.event.pull_request.number }}',
            pullRequests: true,
            workflow: 'plan',
            secrets: [['PLAN_ROLE_ARN', secret(roleSecret(last.name, 'PLAN'))]],
            with: common(last)
        },
        ...deploys,
        {
            id: 'teardown',
            condition: "github.event_name == 'workflow_dispatch' && inputs.action == 'teardown'",
            workflow: 'teardown',
            secrets: [
                ['PLAN_ROLE_ARN', teardownSecret('PLAN')],
                ['DEPLOY_ROLE_ARN', teardownSecret('DEPLOY')]
            ],
            with: [
                ['environment', '${{ inputs.environment }}'],
                ['confirm', '${{ inputs.confirm }}'],
                ...common(first).slice(1, 3),
                ['var-file', perEnvironment(environments, e => e.varFile)],
                ['backend-config', backendLines(options)]
            ]
        },
        {
            id: 'rescan',
            condition: "github.event_name == 'schedule'",
            matrix: environments.map(e => `          - { environment: ${e.name}, role: ${roleSecret(e.name, 'BUILD')} }`),
            workflow: 'rescan',
            secrets: [['BUILD_ROLE_ARN', '${{ secrets[matrix.role] }}']],
            with: [
                ['environment', '${{ matrix.environment }}'],
                ['aws-region', value(options.awsRegion)]
            ]
        }
    ];
    return [
        ...header(plan, options),
        'jobs:',
        ...jobs.flatMap((j, i) => [...(i ? [''] : []), ...job(j, options)]),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/init.ts
/**
 * `shipline init`: look at a repository (its Dockerfiles, its frontend, its Terraform and kustomize
 * directories) and write `shipline.yml` and the caller workflow `.github/workflows/shipline.yml`.
 * Both are checked before anything is written: the configuration by Shipline's own validation, the
 * workflow against the inputs of the reusable workflows it calls. Existing files are kept unless
 * `--force`; `--dry-run` prints instead of writing.
 */












const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const REF = /^(?:v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?|[0-9a-f]{40})$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const KMS_KEY = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key|alias)\/[A-Za-z0-9/_-]+$/;
/** --environment, repeated in deploy order (default staging, then production); each name once. */
function readEnvironments(inputs) {
    const names = inputs.list('--environment', {
        default: DEFAULT_ENVIRONMENTS,
        maxLines: 10,
        maxLineLength: 64
    });
    const seen = new Set();
    for (const name of names) {
        if (!ENVIRONMENT.test(name))
            throw new errors/* InputError */.dz('--environment', `"${name}" is not valid`, 'an environment name such as production');
        if (seen.has(name))
            throw new errors/* InputError */.dz('--environment', `"${name}" is named twice`, 'each environment once, in deploy order (--environment staging --environment production)');
        seen.add(name);
    }
    return names;
}
function readOptions(values) {
    const flag = (name) => values[name] === undefined
        ? undefined
        : Array.isArray(values[name])
            ? values[name].join('\n')
            : String(values[name]);
    const inputs = new core_inputs/* Inputs */.G0((0,core_inputs/* recordInputSource */.BE)({
        '--dir': flag('dir'),
        '--environment': flag('environment'),
        '--aws-region': flag('aws-region') ?? (process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined),
        '--shipline-repository': flag('shipline-repository'),
        '--shipline-ref': flag('shipline-ref'),
        '--state-bucket': flag('state-bucket'),
        '--state-kms-key': flag('state-kms-key')
    }));
    const optional = (name, key, pattern, accepted) => inputs.optional(name) === undefined ? {} : { [key]: inputs.matching(name, pattern, accepted) };
    const dir = (0,external_node_path_.resolve)(inputs.string('--dir', { default: '.' }));
    if ((0,paths/* pathKind */.gl)('--dir', dir, 'a repository directory') !== 'directory')
        throw new errors/* InputError */.dz('--dir', `"${dir}" is not a directory`, 'a repository directory');
    return {
        dir,
        environments: readEnvironments(inputs),
        awsRegion: inputs.matching('--aws-region', REGION, 'an AWS region such as eu-west-1', {
            default: 'us-east-1'
        }),
        shiplineRepository: inputs.matching('--shipline-repository', REPOSITORY, 'OWNER/NAME of a GitHub repository', {
            default: DEFAULT_SHIPLINE_REPOSITORY
        }),
        shiplineRef: inputs.matching('--shipline-ref', REF, 'a release tag vX.Y.Z or a full 40-character commit SHA', {
            default: `v${version/* VERSION */.x}`
        }),
        version: version/* VERSION */.x,
        ...optional('--state-bucket', 'stateBucket', BUCKET, "the bootstrap's state_bucket output, an S3 bucket name"),
        ...optional('--state-kms-key', 'stateKmsKey', KMS_KEY, "the bootstrap's state_kms_key_arn output, a KMS key ARN"),
        force: values.force === true,
        dryRun: values['dry-run'] === true
    };
}
/** The local run's state directory, kept out of git. */
const LOCAL_STATE = '.shipline/';
/** The repository's .gitignore with LOCAL_STATE added, or undefined when it already ignores it. */
function ignoredLocalState(dir) {
    const path = (0,external_node_path_.join)(dir, '.gitignore');
    const text = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : '';
    if (text
        .split('\n')
        .some(line => ['.shipline', '.shipline/', '/.shipline', '/.shipline/'].includes(line.trim())))
        return undefined;
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${LOCAL_STATE}\n`;
}
const init_command = {
    usage: 'shipline init [--dir DIR] [--environment NAME]... [--aws-region REGION] [--state-bucket NAME] [--state-kms-key ARN] [--shipline-repository OWNER/NAME] [--shipline-ref vX.Y.Z|SHA] [--force] [--dry-run]',
    options: {
        dir: { type: 'string' },
        environment: { type: 'string', multiple: true },
        'aws-region': { type: 'string' },
        'shipline-repository': { type: 'string' },
        'shipline-ref': { type: 'string' },
        'state-bucket': { type: 'string' },
        'state-kms-key': { type: 'string' },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' }
    },
    async run({ values }) {
        const options = readOptions(values);
        const existing = existingFiles(options.dir, [CONFIG_PATH, WORKFLOW_PATH]);
        if (existing.length && !options.force && !options.dryRun)
            throw new errors/* InputError */.dz('--force', `${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${options.dir}`, 'a repository without them, --force to overwrite them, or --dry-run to print what would be written');
        const facts = scanRepository(options.dir);
        if (facts.dockerfiles.length === 0)
            throw new errors/* UserError */.yo(`No Dockerfile found in ${options.dir} (not looking into ${SKIPPED_DIRS.join(', ')} or hidden directories): a service is a directory with a Dockerfile; add one, then run shipline init again (nothing was written)`);
        const plan = planInit(facts, options);
        const config = renderShiplineYml(plan, options);
        (0,config_config/* parseConfig */.o4)(config, CONFIG_PATH, options.dir); // Shipline's own validation, before anything is written
        const workflow = renderCallerWorkflow(plan, options);
        const files = [
            [CONFIG_PATH, config],
            [WORKFLOW_PATH, workflow]
        ];
        const ignore = ignoredLocalState(options.dir);
        if (ignore)
            files.push(['.gitignore', ignore]);
        if (options.dryRun) {
            for (const [path, text] of files)
                process.stdout.write(`--- ${path}\n${text}`);
        }
        else
            for (const [path, text] of files) {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(options.dir, path)), { recursive: true });
                await (0,promises_.writeFile)((0,external_node_path_.join)(options.dir, path), text);
            }
        process.stdout.write([
            `shipline init: ${plan.services.length} service${plan.services.length === 1 ? '' : 's'} in ${options.dir}`,
            ...plan.notes.map(note => `  ${note}`),
            options.dryRun
                ? 'Nothing was written (--dry-run).'
                : `Wrote ${CONFIG_PATH} and ${WORKFLOW_PATH}${ignore ? `, and ${LOCAL_STATE} to .gitignore (shipline local's state)` : ''}.`,
            'Next, once per repository (the README, "Adopting it in another repository", says where each value comes from):',
            '  shipline manifests: writes the Kubernetes objects of every service (infra/k8s/base) and, where there are no overlays, one per environment; commit them.',
            ...options.environments.map(e => `  gh secret set ${roleSecret(e, 'PLAN')}, ${roleSecret(e, 'BUILD')} and ${roleSecret(e, 'DEPLOY')} (the bootstrap's role ARNs for ${e})`),
            ...(options.stateBucket && options.stateKmsKey
                ? []
                : [
                    `  in ${WORKFLOW_PATH}, replace ${PLACEHOLDERS.stateBucket} and ${PLACEHOLDERS.stateKmsKey} with the bootstrap's state_bucket and state_kms_key_arn (or run init again with --state-bucket and --state-kms-key --force)`
                ]),
            `  the GitHub environment${options.environments.length === 1 ? '' : 's'} ${options.environments.join(' and ')}, with required reviewers and deployments from main only.`,
            ''
        ].join('\n'));
        return command/* EXIT */.d.ok;
    }
};


/***/ }),

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as users write them in workflow inputs: `90s`, `15m`, `1h`, `1h30m`, `500ms`, or a bare
 * number of seconds.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
/** Milliseconds in `text`, or undefined when it is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!DURATION.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return Math.round(total);
}
/** `125000` → `2m5s`; sub-second values in ms. */
function formatDuration(ms) {
    if (ms > 0 && ms < 1000)
        return `${Math.round(ms)}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return [hours && `${hours}h`, minutes && `${minutes}m`, (seconds || (!hours && !minutes)) && `${seconds}s`]
        .filter(Boolean)
        .join('');
}


/***/ }),

/***/ 57579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   e1: () => (/* binding */ parseInputFile)
/* harmony export */ });
/* unused harmony exports actionInputSource, MAX_INPUT_CHARS, MAX_INPUT_FILE_BYTES */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77168);
/**
 * Typed input readers. Every action reads all of its inputs once, at the edge, into one typed object
 * (STYLE.md, "Read every input once"); every failure is an InputError naming the input.
 *
 * The source is a function, so the same readers serve the action (environment variables
 * `INPUT_<NAME>`, exactly as @actions/core reads them) and the CLI (its flags).
 */



/** Inputs of a running action, read the way `core.getInput` reads them. */
const actionInputSource = name => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/** Inputs from a plain record (the CLI's parsed flags, tests). */
function recordInputSource(values) {
    return name => values[name];
}
/** The longest value of any input (Linux refuses longer environment strings and arguments anyway). */
const MAX_INPUT_CHARS = 128 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .KiB */ .ty;
const DEFAULT_MAX_LINES = 1000;
const DEFAULT_MAX_LINE_LENGTH = 8 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .KiB */ .ty;
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const AWS_REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The trimmed value, '' when unset; a NUL character or a value over MAX_INPUT_CHARS is refused. */
    raw(name) {
        const value = (this.source(name) ?? '').trim();
        if (value.includes('\0'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'contains a NUL character', 'text without NUL characters');
        if (value.length > MAX_INPUT_CHARS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is ${value.length} characters long`, `at most ${MAX_INPUT_CHARS} characters`);
        return value;
    }
    /** The lines (or items) of a multiline input or list, checked against `bounds`. */
    bounded(name, lines, bounds, what) {
        const { maxLines = DEFAULT_MAX_LINES, maxLineLength = DEFAULT_MAX_LINE_LENGTH } = bounds;
        const accepted = `at most ${maxLines} ${what}s of at most ${maxLineLength} characters each`;
        if (lines.length > maxLines)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `has ${lines.length} ${what}s`, accepted);
        const long = lines.findIndex(line => line.length > maxLineLength);
        if (long >= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `${what} ${long + 1} (${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(lines[long], 40)}) is longer than ${maxLineLength} characters`, accepted);
        return lines;
    }
    /** A string; `required` makes an empty value an error; `maxLength` bounds it. */
    string(name, options = {}) {
        const value = this.raw(name);
        if (options.maxLength !== undefined && value.length > options.maxLength)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value, 60)} is longer than ${options.maxLength} characters`, `at most ${options.maxLength} characters`);
        if (value)
            return value;
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'a non-empty value');
        return options.default ?? '';
    }
    /** A string or undefined when unset. */
    optional(name) {
        return this.raw(name) || undefined;
    }
    /** A string that must match `pattern`; `accepted` says what matches, in words. */
    matching(name, pattern, accepted, options = {}) {
        const value = this.string(name, options);
        if (value === '' && !options.required)
            return value;
        if (!pattern.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not valid`, accepted);
        return value;
    }
    /** YAML 1.2 booleans, as `core.getBooleanInput` accepts them. */
    boolean(name, defaultValue) {
        const value = this.raw(name);
        if (value === '')
            return defaultValue;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a boolean`, 'true or false');
    }
    /** Lines of a multiline input: trimmed, blank lines and `#` comments dropped, within bounds. */
    multiline(name, options = {}) {
        const lines = this.raw(name)
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        if (lines.length > 0)
            return this.bounded(name, lines, options, 'line');
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'one value per line');
        return options.default ?? [];
    }
    /** A list separated by commas or newlines, within bounds. */
    list(name, options = {}) {
        const items = this.raw(name)
            .split(/[,\n]/)
            .map(item => item.trim())
            .filter(Boolean);
        if (items.length > 0)
            return this.bounded(name, items, options, 'item');
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'a comma- or newline-separated list');
        return options.default ?? [];
    }
    /** A duration (`90s`, `15m`, `1h`), in milliseconds. */
    duration(name, defaultValue, options = {}) {
        const value = this.raw(name) || defaultValue;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value);
        const accepted = 'a duration such as 90s, 15m, 1h or 1h30m';
        if (ms === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a duration`, accepted);
        if (options.min !== undefined && ms < options.min)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is too short`, `${accepted}, at least ${options.min / 1000}s`);
        if (options.max !== undefined && ms > options.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is too long`, `${accepted}, at most ${options.max / 1000}s`);
        return ms;
    }
    /** An integer within bounds. */
    integer(name, defaultValue, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return defaultValue;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
        const n = Number(value);
        if (!/^-?\d+$/.test(value) || n < min || n > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a whole number in range`, `an integer from ${min} to ${max}`);
        return n;
    }
    /** One of a fixed set of values. */
    oneOf(name, values, defaultValue) {
        const value = this.raw(name);
        if (value === '' && defaultValue !== undefined)
            return defaultValue;
        if (!values.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value ? `"${value}" is not allowed` : 'is required but was empty', values.join(', '));
        return value;
    }
    /** An AWS region code such as `eu-west-1`. */
    awsRegion(name, defaultValue) {
        const value = this.raw(name) || defaultValue || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || '';
        if (!value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'an AWS region such as us-east-1');
        if (!AWS_REGION.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not an AWS region`, 'an AWS region such as us-east-1 or eu-west-1');
        return value;
    }
}
/** The largest file parseInputFile reads unless told otherwise. */
const MAX_INPUT_FILE_BYTES = 64 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .MiB */ .lv;
/**
 * The parsed content of a file an input names: read only when it is a regular file of at most
 * `maxBytes` (lib/core/paths.ts); a file that is not one, or a parse failure (a UserError), becomes
 * an InputError naming the input.
 */
function parseInputFile(input, path, parse, accepted, shownAs = path, maxBytes = MAX_INPUT_FILE_BYTES) {
    const text = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readCheckedFile */ .m2)(input, path, shownAs, maxBytes, accepted.unreadable);
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, error.message, accepted.invalid);
        throw error;
    }
}


/***/ })

};
