export const id = 7541;
export const ids = [7541];
export const modules = {

/***/ 57541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ local_command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/core/markdown.ts
var markdown = __webpack_require__(71235);
// EXTERNAL MODULE: ./lib/git/git.ts
var git = __webpack_require__(23593);
// EXTERNAL MODULE: ./lib/rehearsal/installation.ts
var installation = __webpack_require__(6940);
;// CONCATENATED MODULE: ./lib/standins/infra-standin.ts
/**
 * A provider-free stand-in for infra/'s Terraform (the real root module needs the AWS provider, which
 * cannot plan without AWS): terraform_data resources and the outputs the pipeline reads, behind the
 * same S3 backend with its partial configuration from pipeline.yml. It adds `use_path_style` (a
 * loopback S3 has no bucket host names). The local run uses it when asked (--infra-standin).
 */
const STANDIN_INFRA = {
    'infra/versions.tf': `terraform {
  required_version = ">= 1.10"

  # As infra/versions.tf: bucket, region and kms_key_id come from -backend-config.
  backend "s3" {
    key                         = "infra/terraform.tfstate"
    workspace_key_prefix        = "workspaces"
    encrypt                     = true
    use_lockfile                = true
    use_path_style              = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
  }
}
`,
    'infra/main.tf': `# A stand-in for the reference architecture: no provider, the outputs the pipeline reads.
variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "generation" {
  description = "Bump it to make the next plan change something."
  type        = number
  default     = 1
}

resource "terraform_data" "cluster" {
  input = "erp-\${terraform.workspace}"
}

resource "terraform_data" "distribution" {
  input = "E\${upper(substr(sha256(terraform.workspace), 0, 12))}"
}

resource "terraform_data" "generation" {
  input = var.generation
}

output "cluster_name" {
  value = terraform_data.cluster.output
}

output "cloudfront_distribution_id" {
  value = terraform_data.distribution.output
}

output "kustomize_env" {
  value = join("\\n", [
    "TARGET_GROUP_ARN_FRONTEND=arn:aws:elasticloadbalancing:\${var.region}:123456789012:targetgroup/erp-\${terraform.workspace}-frontend/0000000000000000",
    "TARGET_GROUP_ARN_GATEWAY_SERVICE=arn:aws:elasticloadbalancing:\${var.region}:123456789012:targetgroup/erp-\${terraform.workspace}-gateway-service/0000000000000000",
    "IRSA_ROLE_PREFIX=arn:aws:iam::123456789012:role/erp-\${terraform.workspace}",
    "VPC_CIDR=10.20.0.0/16",
    "DATABASE_ENDPOINT=erp-\${terraform.workspace}.abcdefghijkl.\${var.region}.rds.amazonaws.com:5432",
    "DATABASE_SECRET_ARN=arn:aws:secretsmanager:\${var.region}:123456789012:secret:rds!db-00000000-0000-0000-0000-000000000000-AbCdEf",
    "COGNITO_ISSUER_URL=https://cognito-idp.\${var.region}.amazonaws.com/\${var.region}_ReHeArSe1",
    "COGNITO_JWKS_URL=https://cognito-idp.\${var.region}.amazonaws.com/\${var.region}_ReHeArSe1/.well-known/jwks.json",
    "COGNITO_CLIENT_ID=1rehearsalclientid00000000",
    "COGNITO_DOMAIN=erp-\${terraform.workspace}-123456789012.auth.\${var.region}.amazoncognito.com",
    "",
  ])
}
`,
    'infra/environments/production.tfvars': 'region = "eu-west-1"\n',
    'infra/environments/staging.tfvars': 'region = "eu-west-1"\n'
};

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
// EXTERNAL MODULE: ./lib/core/exec.ts
var exec = __webpack_require__(85219);
// EXTERNAL MODULE: ./lib/standins/busybox-base.ts
var busybox_base = __webpack_require__(30287);
// EXTERNAL MODULE: ./lib/standins/local-registry.ts
var local_registry = __webpack_require__(4494);
;// CONCATENATED MODULE: ./cli/src/local/preflight.ts
/**
 * What the local run needs from the machine, and the one-line error naming what is missing with the
 * command that installs it. Terraform, Trivy and kubectl are optional: their stages say "skipped".
 */





async function detectTools() {
    const [git, podman, docker, terraform, trivy, kubectl] = await Promise.all([
        (0,exec/* commandExists */.Ys)('git'),
        (0,exec/* commandExists */.Ys)('podman'),
        dockerEngineUp(),
        (0,exec/* commandExists */.Ys)('terraform', ['version']),
        (0,exec/* commandExists */.Ys)('trivy'),
        (0,exec/* commandExists */.Ys)('kubectl', ['version', '--client'])
    ]);
    return {
        git,
        podman,
        docker,
        registry: (0,external_node_fs_.existsSync)(local_registry/* REGISTRY_BINARY */.Yu),
        busybox: (0,external_node_fs_.existsSync)(busybox_base/* BUSYBOX */.XV),
        terraform,
        trivy,
        kubectl
    };
}
/** A docker CLI whose engine answers (`docker info` fails, or is missing, without one). */
async function dockerEngineUp() {
    try {
        const result = await (0,exec/* run */.eF)('docker', ['info', '--format', '{{.ServerVersion}}'], {
            stream: false,
            okExitCodes: [0, 1]
        });
        return result.exitCode === 0 && result.stdout.trim() !== '';
    }
    catch {
        return false;
    }
}
/** The builder to use (podman first: it needs no daemon), or the error naming what to install. */
function chooseBuilder(tools, wanted) {
    const missing = [];
    if (!tools.git)
        missing.push('git');
    const builder = wanted ?? (tools.podman ? 'podman' : tools.docker ? 'docker' : undefined);
    if (!builder || (builder === 'podman' && !tools.podman))
        missing.push('podman');
    if (builder === 'docker' && !tools.docker)
        missing.push('docker (with a running engine)');
    if (!tools.registry)
        missing.push('docker-registry');
    if ((builder ?? 'podman') === 'podman' && !tools.busybox)
        missing.push('busybox-static');
    if (missing.length) {
        const packages = missing.filter(name => !name.startsWith('docker (')).join(' ');
        throw new errors/* UserError */.yo(`The local run needs ${missing.join(', ')}: install ${missing.length === 1 ? 'it' : 'them'} with: sudo apt-get install ${packages}`);
    }
    return builder;
}
/** What `shipline local` needs: a builder (podman), the registry and base image, terraform, kubectl. */
function requireRunTools(tools) {
    chooseBuilder(tools, 'podman');
    const needed = [
        [
            'terraform',
            tools.terraform,
            'Terraform 1.10 or later (https://developer.hashicorp.com/terraform/install)'
        ],
        ['kubectl', tools.kubectl, 'kubectl (https://kubernetes.io/docs/tasks/tools/)']
    ];
    for (const [tool, present, pkg] of needed)
        if (!present)
            throw new errors/* UserError */.yo(`The local run needs ${tool}: install ${pkg}`);
}

// EXTERNAL MODULE: ./lib/terraform/plan-comment.ts + 4 modules
var plan_comment = __webpack_require__(38687);
// EXTERNAL MODULE: ./lib/terraform/plan-json.ts
var plan_json = __webpack_require__(32001);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/terraform/provider-mirror.ts
/**
 * Terraform without the network: find a filesystem mirror of the providers (the machine image ships
 * one of hashicorp/aws), write a CLI configuration that installs from it and from nowhere else, and
 * give the environment a terraform child process runs with.
 *
 * The mirror comes from SHIPLINE_TF_PROVIDER_MIRROR, or else from a search of Terraform's implicit
 * local mirror directories and of the filesystem down to depth 3 for a registry.terraform.io
 * directory (its parent is the mirror). Nothing here names a machine's path. Node builtins only.
 */




const MIRROR_ENV = 'SHIPLINE_TF_PROVIDER_MIRROR';
const REGISTRY_HOST = 'registry.terraform.io';
/** A missing tool or provider, said in one line with how to provide it. */
class TerraformSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TerraformSetupError';
    }
}
/** Terraform's name of a Node platform and architecture (linux_amd64, darwin_arm64, windows_amd64). */
function terraformPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const cpu = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' }[arch] ?? arch;
    return `${os}_${cpu}`;
}
function isDir(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
const PACKED = /^terraform-provider-([^_]+)_([^_]+)_([a-z0-9]+_[a-z0-9]+)\.zip$/;
/**
 * The providers of registry.terraform.io a mirror directory holds, in both layouts Terraform reads:
 * unpacked (HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/) and packed (HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip).
 */
function mirroredProviders(dir) {
    const found = [];
    const registry = (0,external_node_path_.join)(dir, REGISTRY_HOST);
    for (const namespace of list(registry))
        for (const type of list((0,external_node_path_.join)(registry, namespace)))
            for (const entry of list((0,external_node_path_.join)(registry, namespace, type))) {
                const packed = PACKED.exec(entry);
                if (packed && packed[1] === type)
                    found.push({
                        source: `${namespace}/${type}`,
                        version: packed[2],
                        platform: packed[3]
                    });
                else if (isDir((0,external_node_path_.join)(registry, namespace, type, entry)))
                    for (const platform of list((0,external_node_path_.join)(registry, namespace, type, entry)))
                        if (/^[a-z0-9]+_[a-z0-9]+$/.test(platform) &&
                            isDir((0,external_node_path_.join)(registry, namespace, type, entry, platform)))
                            found.push({ source: `${namespace}/${type}`, version: entry, platform });
            }
    return found;
}
/** Terraform's implicit local mirror directories on this platform (CLI configuration docs). */
function implicitMirrorDirs(env = process.env, home = (0,external_node_os_.homedir)()) {
    const xdgData = env.XDG_DATA_HOME || (0,external_node_path_.join)(home, '.local', 'share');
    const xdgDirs = (env.XDG_DATA_DIRS || '/usr/local/share:/usr/share').split(':').filter(Boolean);
    return [
        (0,external_node_path_.join)(home, '.terraform.d', 'plugins'),
        (0,external_node_path_.join)(xdgData, 'terraform', 'plugins'),
        ...xdgDirs.map(d => (0,external_node_path_.join)(d, 'terraform', 'plugins'))
    ];
}
const PSEUDO_FILESYSTEMS = new Set(['/proc', '/sys', '/dev', '/run']);
/**
 * Directories named registry.terraform.io under root, at most maxDepth levels down (root itself is
 * level 0), in a stable order; pseudo filesystems are not entered.
 */
function findRegistryDirs(root, maxDepth = 3) {
    const found = [];
    const walk = (dir, depth) => {
        if (depth >= maxDepth)
            return;
        for (const name of list(dir)) {
            const path = (0,external_node_path_.join)(dir, name);
            if (PSEUDO_FILESYSTEMS.has(path) || name === 'node_modules' || name.startsWith('.git'))
                continue;
            let isDirectory = false;
            try {
                const stat = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
                isDirectory = stat?.isDirectory() ?? false;
            }
            catch {
                continue;
            }
            if (!isDirectory)
                continue;
            if (name === REGISTRY_HOST)
                found.push(path);
            else
                walk(path, depth + 1);
        }
    };
    walk(root, 0);
    return found;
}
/** How to make a mirror, for the error messages. */
function mirrorHowTo(provider, platform) {
    return `make one where the network is reachable with \`terraform providers mirror -platform=${platform} DIR\` in a configuration that requires ${provider}, then set ${MIRROR_ENV}=DIR`;
}
/** The first mirror that holds the provider for the platform; throws TerraformSetupError when none does. */
function findProviderMirror(options = {}) {
    const env = options.env ?? process.env;
    const provider = options.provider ?? 'hashicorp/aws';
    const platform = options.platform ?? terraformPlatform();
    const holds = (providers) => providers.some(p => p.source === provider && p.platform === platform);
    const describe = (providers) => {
        const same = providers.filter(p => p.source === provider);
        return same.length
            ? `it holds ${provider} only for ${[...new Set(same.map(p => `${p.version} ${p.platform}`))].join(', ')}`
            : `it holds no ${provider}`;
    };
    const fromEnv = env[MIRROR_ENV];
    if (fromEnv) {
        if (!isDir(fromEnv))
            throw new TerraformSetupError(`${MIRROR_ENV}=${fromEnv} is not a directory; accepted: a provider mirror directory holding ${REGISTRY_HOST}/${provider}/VERSION/${platform}/ (${mirrorHowTo(provider, platform)})`);
        const providers = mirroredProviders(fromEnv);
        if (!holds(providers))
            throw new TerraformSetupError(`${MIRROR_ENV}=${fromEnv} has no ${provider} for ${platform} (${describe(providers)}); ${mirrorHowTo(provider, platform)}`);
        return { dir: fromEnv, from: 'env', providers };
    }
    const seen = [];
    const candidates = options.candidates ?? implicitMirrorDirs(env);
    const searched = (options.searchRoots ?? ['/']).flatMap(root => findRegistryDirs(root).map(r => (0,external_node_path_.join)(r, '..')));
    for (const dir of [...candidates, ...searched]) {
        if (!isDir((0,external_node_path_.join)(dir, REGISTRY_HOST)))
            continue;
        const providers = mirroredProviders(dir);
        if (holds(providers))
            return { dir, from: 'search', providers };
        seen.push(`${dir} (${describe(providers)})`);
    }
    throw new TerraformSetupError(`no Terraform provider mirror with ${provider} for ${platform}: ${MIRROR_ENV} is not set and ${seen.length
        ? `the mirrors found lack it: ${seen.join('; ')}`
        : `no ${REGISTRY_HOST} directory was found within 3 levels of / or in Terraform's local mirror directories`}; ${mirrorHowTo(provider, platform)}`);
}
/** HCL string literal. */
function hclString(value) {
    return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}
/** A CLI configuration that installs every provider from the mirror and never from a registry. */
function cliConfig(mirrorDir) {
    return [
        '# Written by Shipline: providers come from the local mirror only; nothing is downloaded.',
        'provider_installation {',
        '  filesystem_mirror {',
        `    path = ${hclString(mirrorDir)}`,
        '  }',
        '  direct {',
        '    exclude = ["*/*"]',
        '  }',
        '}',
        ''
    ].join('\n');
}
/** The terraform binary on PATH, or a TerraformSetupError saying how to get it. */
function findTerraform(env = process.env, version = '1.11.4') {
    const names = process.platform === 'win32' ? ['terraform.exe'] : ['terraform'];
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean))
        for (const name of names) {
            const path = (0,external_node_path_.join)(dir, name);
            if ((0,external_node_fs_.existsSync)(path) && !isDir(path))
                return path;
        }
    throw new TerraformSetupError(`terraform is not on PATH; install Terraform ${version} (https://releases.hashicorp.com/terraform/${version}/) and put it on PATH`);
}
/** The version terraform reports (`terraform version -json`), e.g. 1.11.4. */
function terraformVersion(terraform, env) {
    const result = spawnSync(terraform, ['version', '-json'], { env, encoding: 'utf8' });
    if (result.status !== 0)
        throw new TerraformSetupError(`${terraform} version -json failed (exit ${result.status}): ${(result.stderr ?? '').trim()}`);
    return String(JSON.parse(result.stdout).terraform_version ?? '');
}
/** Environment variables of a terraform child that uses the mirror (pure). */
function terraformEnv(base, configFile) {
    const env = {
        ...base,
        TF_CLI_CONFIG_FILE: configFile,
        TF_IN_AUTOMATION: '1',
        CHECKPOINT_DISABLE: '1'
    };
    // A plugin cache would be written into; the mirror is all there is.
    delete env.TF_PLUGIN_CACHE_DIR;
    return env;
}
/**
 * Terraform and the mirror, ready: finds both (TerraformSetupError naming what is missing and how to
 * provide it), writes the CLI configuration into a new temporary directory.
 */
function prepareTerraform(options = {}) {
    const base = options.env ?? process.env;
    const terraform = findTerraform(base);
    const mirror = findProviderMirror(options);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipline-tf-cli-'));
    const configFile = (0,external_node_path_.join)(dir, 'terraform.rc');
    (0,external_node_fs_.writeFileSync)(configFile, cliConfig(mirror.dir));
    return {
        terraform,
        mirror,
        configFile,
        env: terraformEnv(base, configFile),
        cleanup: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true })
    };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./lib/terraform/reference-plan.ts
/**
 * A real `terraform plan` of a configuration with no AWS account: the real Terraform and AWS provider,
 * in a temporary copy of the configuration whose provider blocks an override file points at a
 * loopback stand-in of the AWS read APIs (with fake static keys and the provider's skip flags), and
 * whose S3 backend it replaces with a local one. Then `terraform show -json` of the saved plan.
 *
 * The caller brings the environment of the terraform children (the provider mirror's CLI
 * configuration) and the stand-in's URL, so this module needs nothing but Node's builtins.
 */





/** Endpoint keys of the provider's `endpoints` block for every service the configurations use. */
const FAKE_ENDPOINT_SERVICES = [
    'acm',
    'autoscaling',
    'cloudfront',
    'ec2',
    'ecr',
    'eks',
    'elbv2',
    'iam',
    'kms',
    'logs',
    'rds',
    'route53',
    's3',
    'secretsmanager',
    'ssm',
    'sts',
    'wafv2'
];
const OVERRIDE_FILE = 'zz_shipline_fake_aws_override.tf';
/** Fake static keys in the shape of AWS's documented examples: they open nothing. */
const FAKE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const FAKE_SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
/** Aliases of the `provider "aws"` blocks of a configuration's text ('' for the default one). */
function awsProviderAliases(texts) {
    const aliases = new Set();
    for (const text of texts)
        for (const match of text.matchAll(/^provider\s+"aws"\s*\{([\s\S]*?)^\}/gm)) {
            const alias = /^\s*alias\s*=\s*"([^"]+)"/m.exec(match[1]);
            aliases.add(alias ? alias[1] : '');
        }
    return [...aliases].sort();
}
/** The override file: every aws provider block pointed at the stand-in, and a local backend (pure). */
function fakeAwsOverride(endpoint, aliases, statePath) {
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(endpoint))
        throw new Error(`endpoint "${endpoint}" is not a loopback stand-in; accepted: http://127.0.0.1:PORT`);
    const endpoints = FAKE_ENDPOINT_SERVICES.map(s => `    ${s.padEnd(14)} = "${endpoint}"`).join('\n');
    const provider = (alias) => [
        'provider "aws" {',
        ...(alias ? [`  alias = "${alias}"`, ''] : []),
        `  access_key                  = "${FAKE_ACCESS_KEY}"`,
        `  secret_key                  = "${FAKE_SECRET_KEY}"`,
        '  skip_credentials_validation = true',
        '  skip_metadata_api_check     = true',
        '  skip_region_validation      = true',
        '  # skip_requesting_account_id stays false: the provider asks the stand-in who the keys belong to',
        '  # (IAM GetUser, then STS), so allowed_account_ids is checked as it would be in that account.',
        '  s3_use_path_style           = true',
        '  max_retries                 = 1',
        '',
        '  endpoints {',
        endpoints,
        '  }',
        '}'
    ].join('\n');
    return [
        '# Written by Shipline for a plan without an AWS account: every AWS call goes to a loopback',
        '# stand-in of the read APIs, and the state stays in this temporary directory.',
        'terraform {',
        '  backend "local" {',
        `    path = ${JSON.stringify(statePath)}`,
        '  }',
        '}',
        '',
        ...aliases.map(provider).flatMap(block => [block, '']),
        ''
    ].join('\n');
}
/** What to leave out of the copy: local state, caches, tests, manifests, nested stacks. */
function copied(path) {
    const name = (0,external_node_path_.basename)(path);
    return !(name === '.terraform' ||
        name === '.terraform.lock.hcl' ||
        name.endsWith('.tfstate') ||
        name.includes('.tfstate.') ||
        name.endsWith('.tfplan') ||
        name === '__tests__' ||
        name === 'tests' ||
        name === 'k8s' ||
        name === 'bootstrap' ||
        name === 'node_modules');
}
/**
 * The first of a tfvars file's allowed_account_ids (the account the stand-in then answers for, so
 * the provider's guard passes as it would in that account), or undefined.
 */
function allowedAccountId(tfvars) {
    const list = /^\s*allowed_account_ids\s*=\s*\[([^\]]*)\]/m.exec(tfvars);
    return list ? /"(\d{12})"/.exec(list[1])?.[1] : undefined;
}
/** Managed resources a plan JSON creates, updates or replaces (what `Plan: N to add` counts, and more). */
function plannedResources(plan) {
    return (plan.resource_changes ?? []).filter(rc => (rc.mode ?? 'managed') === 'managed' &&
        !(rc.change?.actions ?? []).every(a => a === 'no-op' || a === 'read')).length;
}
class TerraformRunError extends Error {
    step;
    exitCode;
    output;
    constructor(step, exitCode, output) {
        super(`${step} failed (exit ${exitCode}): ${firstError(output)}`);
        this.step = step;
        this.exitCode = exitCode;
        this.output = output;
        this.name = 'TerraformRunError';
    }
}
/** The first error line of terraform's output (or its last line). */
function firstError(output) {
    const lines = output
        .split('\n')
        .map(l => l.replace(/^[│╷╵\s]+/, '').trim())
        .filter(Boolean);
    const index = lines.findIndex(l => l.startsWith('Error:'));
    if (index < 0)
        return lines.at(-1) ?? '(no output)';
    const detail = lines.slice(index, index + 3).join(' ');
    return detail.length > 400 ? `${detail.slice(0, 400)}…` : detail;
}
/** The summary line of every warning in terraform's human-readable output. */
function warningsOf(output) {
    return output
        .split('\n')
        .map(l => l.replace(/^[│╷╵\s]+/, '').trim())
        .filter(l => l.startsWith('Warning:'))
        .map(l => l.slice('Warning:'.length).trim());
}
/** Environment of a terraform child that must reach no AWS account: ambient credentials removed. */
function isolatedEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (!/^(AWS_|TF_VAR_|TF_WORKSPACE$|TF_DATA_DIR$|TF_CLI_ARGS)/.test(key))
            out[key] = value;
    return {
        ...out,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
    };
}
function runTerraform(terraform, args, cwd, env, stdoutFile) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(terraform, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        const file = stdoutFile ? (0,external_node_fs_.createWriteStream)(stdoutFile) : undefined;
        child.stdout.on('data', (chunk) => file ? file.write(chunk) : (output += chunk.toString('utf8')));
        child.stderr.on('data', (chunk) => (output += chunk.toString('utf8')));
        child.on('error', error => reject(new TerraformRunError(`terraform ${args[0]}`, -1, error.message)));
        child.on('close', code => {
            const done = () => code === 0
                ? resolvePromise(output)
                : reject(new TerraformRunError(`terraform ${args[0]}`, code ?? -1, output));
            if (file)
                file.end(done);
            else
                done();
        });
    });
}
/** init, plan -out and show -json in a temporary copy; the copy is removed, plan.json is kept. */
async function referencePlan(options) {
    const progress = options.onProgress ?? (() => { });
    const terraform = options.terraform ?? 'terraform';
    const configDir = (0,external_node_path_.resolve)(options.configDir);
    const varFile = (0,external_node_path_.isAbsolute)(options.varFile) ? options.varFile : (0,external_node_path_.join)(configDir, options.varFile);
    const start = external_node_perf_hooks_.performance.now();
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipline-plan-'));
    const outDir = options.outDir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipline-plan-json-'));
    let succeeded = false;
    try {
        const copy = (0,external_node_path_.join)(work, 'config');
        progress(`copying ${configDir} to ${copy}`);
        (0,external_node_fs_.cpSync)(configDir, copy, { recursive: true, filter: source => source === configDir || copied(source) });
        for (const file of options.alongside ?? []) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(work, file)), { recursive: true });
            (0,external_node_fs_.cpSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(configDir), file), (0,external_node_path_.join)(work, file));
        }
        const texts = (0,external_node_fs_.readdirSync)(copy)
            .filter(f => f.endsWith('.tf'))
            .map(f => (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(copy, f), 'utf8'));
        const aliases = awsProviderAliases(texts);
        if (aliases.length === 0)
            throw new Error(`${configDir} has no provider "aws" block to point at the stand-in`);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(copy, OVERRIDE_FILE), fakeAwsOverride(options.endpoint, aliases, (0,external_node_path_.join)(work, 'terraform.tfstate')));
        const env = { ...isolatedEnv(options.env), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
        progress('terraform init (providers from the mirror, local backend)');
        await runTerraform(terraform, ['init', '-input=false', '-no-color'], copy, env);
        const varLabel = (0,external_node_path_.relative)(configDir, varFile).startsWith('..') ? varFile : (0,external_node_path_.relative)(configDir, varFile);
        progress(`terraform plan -var-file=${varLabel} (AWS read calls go to ${options.endpoint})`);
        const planOutput = await runTerraform(terraform, ['plan', '-input=false', '-no-color', '-lock=false', `-var-file=${varFile}`, '-out=plan.tfplan'], copy, env);
        const planJsonPath = (0,external_node_path_.join)(outDir, 'plan.json');
        progress('terraform show -json plan.tfplan');
        await runTerraform(terraform, ['show', '-json', '-no-color', 'plan.tfplan'], copy, env, planJsonPath);
        const resourceCount = plannedResources(JSON.parse((0,external_node_fs_.readFileSync)(planJsonPath, 'utf8')));
        const seconds = (external_node_perf_hooks_.performance.now() - start) / 1000;
        const warnings = warningsOf(planOutput);
        progress(`plan: ${resourceCount} resources to create or change, ${warnings.length} warning(s) (${seconds.toFixed(1)} s)`);
        succeeded = true;
        return { planJsonPath, resourceCount, seconds, warnings };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        if (!succeeded && !options.outDir)
            (0,external_node_fs_.rmSync)(outDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./lib/standins/aws-read-api.ts
/**
 * A loopback stand-in for exactly the AWS read calls a first `terraform plan` of infra/ makes (the
 * data sources: caller identity, availability zones, CloudFront's origin-facing prefix list, SSM
 * public parameters, CloudFront managed policies, an existing IAM OIDC provider, the S3 canonical
 * user id), answered in each service's own protocol as the AWS provider calls it: query/XML (STS,
 * EC2, IAM), JSON 1.1 (SSM), REST-XML (CloudFront, S3).
 *
 * Every request is recorded. A request it does not know gets an AWS-style error in its protocol and
 * is recorded as unknown, so a test can assert that a plan made no call the stand-in does not know.
 * The service and region come from the SigV4 credential scope of the Authorization header; the
 * signature itself is not checked. Node builtins only.
 */


const DEFAULT_ACCOUNT_ID = '123456789012';
// ---- protocol helpers ---------------------------------------------------------------------------
function xmlEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** <name>value</name> for every entry, escaped. */
function tags(entries) {
    return Object.entries(entries)
        .map(([name, value]) => `<${name}>${xmlEscape(String(value))}</${name}>`)
        .join('');
}
function xml(body, status = 200) {
    return { status, contentType: 'text/xml', body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` };
}
/** A query-protocol (STS, IAM) success response. */
function queryResponse(operation, namespace, result) {
    return xml(`<${operation}Response xmlns="${namespace}"><${operation}Result>${result}</${operation}Result>` +
        `<ResponseMetadata><RequestId>${(0,external_node_crypto_.randomUUID)()}</RequestId></ResponseMetadata></${operation}Response>`);
}
/** An EC2-query success response (no Result wrapper, lower-case requestId). */
function ec2Response(operation, body) {
    return xml(`<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${(0,external_node_crypto_.randomUUID)()}</requestId>${body}</${operation}Response>`);
}
function json(body, status = 200) {
    return { status, contentType: 'application/x-amz-json-1.1', body: JSON.stringify(body) };
}
const UNKNOWN_CODE = 'ShiplineStandInUnknownCall';
/** The error a service's SDK client understands, for a call the stand-in does not answer. */
function unknownCallError(service, operation, target) {
    const message = `the Shipline AWS read stand-in has no answer for ${service} ${operation}`;
    if (target)
        return {
            status: 400,
            contentType: 'application/x-amz-json-1.1',
            body: JSON.stringify({ __type: UNKNOWN_CODE, message })
        };
    if (service === 'ec2')
        return xml(`<Response><Errors><Error><Code>${UNKNOWN_CODE}</Code><Message>${xmlEscape(message)}</Message></Error></Errors><RequestID>${(0,external_node_crypto_.randomUUID)()}</RequestID></Response>`, 400);
    if (service === 's3')
        return xml(`<Error><Code>${UNKNOWN_CODE}</Code><Message>${xmlEscape(message)}</Message><RequestId>${(0,external_node_crypto_.randomUUID)()}</RequestId></Error>`, 400);
    return xml(`<ErrorResponse><Error><Type>Sender</Type><Code>${UNKNOWN_CODE}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>${(0,external_node_crypto_.randomUUID)()}</RequestId></ErrorResponse>`, 400);
}
/** Service and region of a SigV4 Authorization header (Credential=KEY/DATE/REGION/SERVICE/aws4_request). */
function credentialScope(authorization) {
    const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
    return match ? { region: match[1], service: match[2] } : { region: '', service: '' };
}
// ---- STS ---------------------------------------------------------------------------------------
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const getCallerIdentity = ({ accountId }) => queryResponse('GetCallerIdentity', STS_NS, tags({
    Arn: `arn:aws:iam::${accountId}:user/shipline-plan`,
    UserId: 'AIDASHIPLINEPLAN00001',
    Account: accountId
}));
// ---- EC2 ---------------------------------------------------------------------------------------
/** Zone IDs follow AWS's scheme (eu-west-1 → euw1-az1, us-east-1 → use1-az1). */
function zoneIdPrefix(region) {
    const [area = '', direction = '', number = ''] = region.split('-');
    const compass = {
        north: 'n',
        south: 's',
        east: 'e',
        west: 'w',
        central: 'c',
        northeast: 'ne',
        northwest: 'nw',
        southeast: 'se',
        southwest: 'sw'
    };
    return `${area}${compass[direction] ?? direction.slice(0, 1)}${number}`;
}
const describeAvailabilityZones = ({ region }) => {
    const items = ['a', 'b', 'c']
        .map((letter, index) => `<item>${tags({
        zoneName: `${region}${letter}`,
        zoneState: 'available',
        regionName: region,
        zoneId: `${zoneIdPrefix(region)}-az${index + 1}`,
        zoneType: 'availability-zone',
        optInStatus: 'opt-in-not-required',
        groupName: region,
        networkBorderGroup: region
    })}<messageSet/></item>`)
        .join('');
    return ec2Response('DescribeAvailabilityZones', `<availabilityZoneInfo>${items}</availabilityZoneInfo>`);
};
/** IDs of com.amazonaws.global.cloudfront.origin-facing where known; a stable stand-in elsewhere. */
const CLOUDFRONT_PREFIX_LISTS = {
    'us-east-1': 'pl-3b927c52',
    'eu-west-1': 'pl-4fa04526'
};
const CLOUDFRONT_PREFIX_LIST_NAME = 'com.amazonaws.global.cloudfront.origin-facing';
function cloudFrontPrefixListId(region) {
    return (CLOUDFRONT_PREFIX_LISTS[region] ?? `pl-${(0,external_node_crypto_.createHash)('sha256').update(region).digest('hex').slice(0, 8)}`);
}
const describeManagedPrefixLists = ({ region, params }) => {
    // Filter.N.Name=prefix-list-name / Filter.N.Value.M=...; PrefixListId.N=...
    const wantedNames = [...params.entries()]
        .filter(([k]) => /^Filter\.\d+\.Value\.\d+$/.test(k))
        .map(([, v]) => v);
    const wantedIds = [...params.entries()].filter(([k]) => /^PrefixListId\.\d+$/.test(k)).map(([, v]) => v);
    const id = cloudFrontPrefixListId(region);
    const matches = (wantedNames.length === 0 || wantedNames.includes(CLOUDFRONT_PREFIX_LIST_NAME)) &&
        (wantedIds.length === 0 || wantedIds.includes(id));
    const item = matches
        ? `<item>${tags({
            prefixListId: id,
            addressFamily: 'IPv4',
            state: 'create-complete',
            prefixListArn: `arn:aws:ec2:${region}:aws:prefix-list/${id}`,
            prefixListName: CLOUDFRONT_PREFIX_LIST_NAME,
            maxEntries: 55,
            version: 1,
            ownerId: 'AWS'
        })}<tagSet/></item>`
        : '';
    return ec2Response('DescribeManagedPrefixLists', `<prefixListSet>${item}</prefixListSet>`);
};
/** A few of CloudFront's published origin-facing ranges. */
const CLOUDFRONT_ORIGIN_CIDRS = ['120.52.22.96/27', '205.251.249.0/24', '204.246.168.0/22', '130.176.0.0/18'];
const getManagedPrefixListEntries = () => ec2Response('GetManagedPrefixListEntries', `<entrySet>${CLOUDFRONT_ORIGIN_CIDRS.map(cidr => `<item>${tags({ cidr })}</item>`).join('')}</entrySet>`);
// ---- SSM (public parameters) -------------------------------------------------------------------
const getParameter = ({ region, json: body }) => {
    const name = String(body.Name ?? '');
    if (!name.startsWith('/aws/service/'))
        return unknownCallError('ssm', `GetParameter ${name}`, 'AmazonSSM');
    const value = /ami/.test(name)
        ? `ami-0${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 16)}`
        : 'stand-in';
    return json({
        Parameter: {
            Name: name,
            Type: 'String',
            Value: value,
            Version: 1,
            ARN: `arn:aws:ssm:${region}::parameter${name}`,
            DataType: /ami/.test(name) ? 'aws:ec2:image' : 'text',
            LastModifiedDate: 1735689600
        }
    });
};
// ---- CloudFront managed policies ---------------------------------------------------------------
const CF_NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';
const CF_MODIFIED = '2021-11-02T00:00:00Z';
const CACHE_POLICIES = [
    {
        id: '658327ea-f89d-4fab-a63d-7e88639e58f6',
        name: 'Managed-CachingOptimized',
        comment: 'Policy with caching enabled. Supports Gzip and Brotli compression.',
        config: tags({ DefaultTTL: 86400, MaxTTL: 31536000, MinTTL: 1 }) +
            '<ParametersInCacheKeyAndForwardedToOrigin>' +
            tags({ EnableAcceptEncodingGzip: true, EnableAcceptEncodingBrotli: true }) +
            '<HeadersConfig><HeaderBehavior>none</HeaderBehavior></HeadersConfig>' +
            '<CookiesConfig><CookieBehavior>none</CookieBehavior></CookiesConfig>' +
            '<QueryStringsConfig><QueryStringBehavior>none</QueryStringBehavior></QueryStringsConfig>' +
            '</ParametersInCacheKeyAndForwardedToOrigin>'
    },
    {
        id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
        name: 'Managed-CachingDisabled',
        comment: 'Policy with caching disabled',
        config: tags({ DefaultTTL: 0, MaxTTL: 0, MinTTL: 0 }) +
            '<ParametersInCacheKeyAndForwardedToOrigin>' +
            tags({ EnableAcceptEncodingGzip: false, EnableAcceptEncodingBrotli: false }) +
            '<HeadersConfig><HeaderBehavior>none</HeaderBehavior></HeadersConfig>' +
            '<CookiesConfig><CookieBehavior>none</CookieBehavior></CookiesConfig>' +
            '<QueryStringsConfig><QueryStringBehavior>none</QueryStringBehavior></QueryStringsConfig>' +
            '</ParametersInCacheKeyAndForwardedToOrigin>'
    }
];
const ORIGIN_REQUEST_POLICIES = [
    {
        id: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
        name: 'Managed-AllViewerExceptHostHeader',
        comment: 'Policy to forward all parameters in viewer requests except for the Host header',
        config: '<HeadersConfig><HeaderBehavior>allExcept</HeaderBehavior><Headers><Quantity>1</Quantity><Items><Name>host</Name></Items></Headers></HeadersConfig>' +
            '<CookiesConfig><CookieBehavior>all</CookieBehavior></CookiesConfig>' +
            '<QueryStringsConfig><QueryStringBehavior>all</QueryStringBehavior></QueryStringsConfig>'
    }
];
const RESPONSE_HEADERS_POLICIES = [
    {
        id: '67f7725c-6f97-4210-82d7-5512b31e9d03',
        name: 'Managed-SecurityHeadersPolicy',
        comment: 'Adds a set of security headers to every response',
        config: '<SecurityHeadersConfig>' +
            '<XSSProtection><Override>false</Override><Protection>true</Protection><ModeBlock>true</ModeBlock></XSSProtection>' +
            '<FrameOptions><Override>false</Override><FrameOption>SAMEORIGIN</FrameOption></FrameOptions>' +
            '<ReferrerPolicy><Override>false</Override><ReferrerPolicy>strict-origin-when-cross-origin</ReferrerPolicy></ReferrerPolicy>' +
            '<ContentTypeOptions><Override>true</Override></ContentTypeOptions>' +
            '<StrictTransportSecurity><Override>false</Override><IncludeSubdomains>false</IncludeSubdomains><Preload>false</Preload><AccessControlMaxAgeSec>31536000</AccessControlMaxAgeSec></StrictTransportSecurity>' +
            '</SecurityHeadersConfig>'
    }
];
const POLICY_KINDS = [
    { segment: 'cache-policy', element: 'CachePolicy', policies: CACHE_POLICIES },
    { segment: 'origin-request-policy', element: 'OriginRequestPolicy', policies: ORIGIN_REQUEST_POLICIES },
    {
        segment: 'response-headers-policy',
        element: 'ResponseHeadersPolicy',
        policies: RESPONSE_HEADERS_POLICIES
    }
];
function policyXml(kind, policy, namespace = false) {
    const ns = namespace ? ` xmlns="${CF_NS}"` : '';
    return (`<${kind.element}${ns}>${tags({ Id: policy.id, LastModifiedTime: CF_MODIFIED })}` +
        `<${kind.element}Config>${tags({ Comment: policy.comment, Name: policy.name })}${policy.config}</${kind.element}Config>` +
        `</${kind.element}>`);
}
function listPolicies(kind, query) {
    const type = query.get('Type');
    const policies = type === 'custom' ? [] : kind.policies;
    const items = policies
        .map(p => `<${kind.element}Summary><Type>managed</Type>${policyXml(kind, p)}</${kind.element}Summary>`)
        .join('');
    return xml(`<${kind.element}List xmlns="${CF_NS}">${tags({ MaxItems: 100, Quantity: policies.length })}` +
        `${policies.length ? `<Items>${items}</Items>` : ''}</${kind.element}List>`);
}
function getPolicy(kind, id) {
    const policy = kind.policies.find(p => p.id === id);
    if (!policy)
        return undefined;
    return {
        ...xml(policyXml(kind, policy, true)),
        headers: { ETag: `E${policy.id.slice(0, 12).toUpperCase()}` }
    };
}
// ---- IAM (an OIDC provider that already exists) ------------------------------------------------
const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
/** The provider asks who its credentials belong to with GetUser first (then STS). */
const getUser = ({ accountId }) => queryResponse('GetUser', IAM_NS, `<User>${tags({
    Path: '/',
    UserName: 'shipline-plan',
    UserId: 'AIDASHIPLINEPLAN00001',
    Arn: `arn:aws:iam::${accountId}:user/shipline-plan`,
    CreateDate: '2024-01-01T00:00:00Z'
})}</User>`);
const listOpenIdConnectProviders = ({ accountId }) => queryResponse('ListOpenIDConnectProviders', IAM_NS, `<OpenIDConnectProviderList><member>${tags({
    Arn: `arn:aws:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`
})}</member></OpenIDConnectProviderList>`);
const getOpenIdConnectProvider = ({ accountId, params }) => {
    if (params.get('OpenIDConnectProviderArn') !== `arn:aws:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`)
        return xml(`<ErrorResponse xmlns="${IAM_NS}"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>OpenIDConnect Provider not found</Message></Error><RequestId>${(0,external_node_crypto_.randomUUID)()}</RequestId></ErrorResponse>`, 404);
    return queryResponse('GetOpenIDConnectProvider', IAM_NS, `${tags({ Url: GITHUB_OIDC_HOST })}<ClientIDList><member>sts.amazonaws.com</member></ClientIDList>` +
        `<ThumbprintList><member>6938fd4d98bab03faadb97b34396831e3780aea1</member></ThumbprintList>` +
        `${tags({ CreateDate: '2024-01-01T00:00:00Z' })}<Tags/>`);
};
const listOpenIdConnectProviderTags = () => queryResponse('ListOpenIDConnectProviderTags', IAM_NS, '<Tags/><IsTruncated>false</IsTruncated>');
// ---- S3 (the canonical user id of the account) -------------------------------------------------
/** A stable 64-hex canonical user id per account, shaped like S3's. */
function canonicalUserId(accountId) {
    return (0,external_node_crypto_.createHash)('sha256').update(`canonical:${accountId}`).digest('hex');
}
const listBuckets = ({ accountId }) => xml(`<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner>${tags({
    ID: canonicalUserId(accountId),
    DisplayName: 'shipline-plan'
})}</Owner><Buckets></Buckets></ListAllMyBucketsResult>`);
// ---- dispatch ----------------------------------------------------------------------------------
const QUERY_HANDLERS = {
    'sts:GetCallerIdentity': getCallerIdentity,
    'ec2:DescribeAvailabilityZones': describeAvailabilityZones,
    'ec2:DescribeManagedPrefixLists': describeManagedPrefixLists,
    'ec2:GetManagedPrefixListEntries': getManagedPrefixListEntries,
    'iam:GetUser': getUser,
    'iam:ListOpenIDConnectProviders': listOpenIdConnectProviders,
    'iam:GetOpenIDConnectProvider': getOpenIdConnectProvider,
    'iam:ListOpenIDConnectProviderTags': listOpenIdConnectProviderTags
};
const JSON_HANDLERS = {
    'AmazonSSM.GetParameter': getParameter
};
/** The operation a REST request names, and its answer (undefined when unknown). */
function restCall(request) {
    const { service, method, path, query } = request;
    if (service === 's3' && method === 'GET' && path === '/')
        return { operation: 'ListBuckets', reply: listBuckets(request) };
    if (service === 'cloudfront' && method === 'GET') {
        for (const kind of POLICY_KINDS) {
            const prefix = `/2020-05-31/${kind.segment}`;
            if (path === prefix)
                return { operation: `List${kind.element.replace(/y$/, 'ie')}s`, reply: listPolicies(kind, query) };
            const id = path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : '';
            if (id && !id.includes('/'))
                return { operation: `Get${kind.element}`, reply: getPolicy(kind, id) };
        }
    }
    return { operation: `${method} ${path}`, reply: undefined };
}
/** Operation name and answer of one request; unknown calls get an error in the service's protocol. */
function answer(request) {
    if (request.target) {
        const operation = request.target.split('.').pop() ?? request.target;
        const handler = JSON_HANDLERS[request.target];
        if (handler)
            return { operation, reply: handler(request), known: true };
        return { operation, reply: unknownCallError(request.service, operation, request.target), known: false };
    }
    const action = request.params.get('Action') ?? request.query.get('Action');
    if (action) {
        const handler = QUERY_HANDLERS[`${request.service}:${action}`];
        if (handler)
            return { operation: action, reply: handler(request), known: true };
        return { operation: action, reply: unknownCallError(request.service, action, ''), known: false };
    }
    const { operation, reply } = restCall(request);
    if (reply)
        return { operation, reply, known: true };
    return { operation, reply: unknownCallError(request.service, operation, ''), known: false };
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value)
            ? value
            : {};
    }
    catch {
        return {};
    }
}
/** What a call asks: the service and region of its signature, its path, form and JSON body. */
function toRequest(req, body, accountId) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { service, region } = credentialScope(req.headers.authorization);
    const target = String(req.headers['x-amz-target'] ?? '');
    const contentType = String(req.headers['content-type'] ?? '');
    return {
        service,
        region: region || 'us-east-1',
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        params: contentType.includes('x-www-form-urlencoded') ? new URLSearchParams(body) : new URLSearchParams(),
        json: target ? parseJson(body) : {},
        target,
        accountId
    };
}
/** Starts the stand-in on 127.0.0.1, on a free port. */
async function startAwsReadApi(options = {}) {
    const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
    if (!/^\d{12}$/.test(accountId))
        throw new Error(`accountId "${accountId}" is not an AWS account ID; accepted: 12 digits`);
    const calls = [];
    const server = (0,external_node_http_.createServer)((req, res) => {
        void (async () => {
            const request = toRequest(req, await readBody(req), accountId);
            const { operation, reply, known } = answer(request);
            calls.push({
                service: request.service,
                region: request.region,
                operation,
                method: request.method,
                path: request.path,
                known
            });
            res.writeHead(reply.status ?? 200, {
                'Content-Type': reply.contentType,
                'x-amzn-RequestId': (0,external_node_crypto_.randomUUID)(),
                ...reply.headers
            });
            res.end(reply.body);
        })().catch(error => {
            res.writeHead(500, { 'Content-Type': 'text/plain' });
            res.end(String(error));
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        calls,
        unknownCalls: () => calls.filter(call => !call.known),
        close: () => new Promise((resolve, reject) => {
            server.closeAllConnections();
            server.close(error => (error ? reject(error) : resolve()));
        })
    };
}

;// CONCATENATED MODULE: ./cli/src/local/real-plan.ts
/**
 * The real plan of the repository's infra/ in the local run: the machine's Terraform and AWS provider
 * (from a provider mirror, nothing downloaded), every AWS read call answered by the loopback read
 * stand-in, the state in a temporary directory; then the plan comment a pull request would get.
 *
 * Where it cannot run (no terraform, no mirror, no Terraform under infra/), it says why in one line
 * and the local run goes on with its other checks. A plan that fails on the configuration is a failed
 * check (the pull request's plan would fail too); a plan that needs a read call the stand-in does not
 * answer is reported as not plannable here, with the calls named.
 */








/** The configuration the pull request's plan job plans by default (plan.yml's working-directory). */
const INFRA_DIR = 'infra';
/** The first environment a push deploys; else the first of environments/*.tfvars. */
const FIRST_ENVIRONMENT = 'environments/staging.tfvars';
/** The size of the comment the log shows (its counts by module); the whole comment is in the file. */
const SHOWN_CHARS = 4000;
/** The shipline_config a tfvars file sets (infra/services.tf reads it), or the variable's default. */
function shiplineConfigOf(tfvars) {
    return /^\s*shipline_config\s*=\s*"([^"]+)"/m.exec(tfvars)?.[1] ?? '../shipline.yml';
}
/**
 * What to plan in the repository at `top`, or why nothing can be: infra/ with its first
 * environment's variables, and the shipline.yml those variables name when it lies in the repository.
 */
function planTarget(top) {
    const configDir = (0,external_node_path_.join)(top, INFRA_DIR);
    const tf = (0,external_node_fs_.existsSync)(configDir) ? (0,external_node_fs_.readdirSync)(configDir).filter(name => name.endsWith('.tf')) : [];
    if (tf.length === 0)
        return `there is no Terraform in ${INFRA_DIR}/ (no .tf file)`;
    const environments = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(configDir, 'environments'))
        ? (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(configDir, 'environments'))
            .filter(name => name.endsWith('.tfvars'))
            .sort()
        : [];
    const varFile = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(configDir, FIRST_ENVIRONMENT))
        ? FIRST_ENVIRONMENT
        : environments[0] && `environments/${environments[0]}`;
    if (!varFile)
        return `${INFRA_DIR}/environments/ has no .tfvars file to plan an environment with`;
    const config = (0,external_node_path_.resolve)(configDir, shiplineConfigOf((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(configDir, varFile), 'utf8')));
    const inRepository = config.startsWith(`${top}${external_node_path_.sep}`) && (0,external_node_fs_.existsSync)(config);
    return { configDir, varFile, alongside: inRepository ? [(0,external_node_path_.relative)(top, config)] : [] };
}
/**
 * What can be checked without the provider: terraform fmt (when terraform is there), and where this
 * repository keeps its static checks of the configuration (Shipline's own: infra/__tests__).
 */
async function checksWithoutProvider(top, configDir) {
    const staticTests = (0,external_node_path_.join)(configDir, '__tests__', 'static.test.ts');
    const tests = (0,external_node_fs_.existsSync)(staticTests)
        ? `; npm test runs the static checks (${(0,external_node_path_.relative)(top, staticTests)})`
        : '';
    let terraform;
    try {
        terraform = findTerraform();
    }
    catch {
        return `nothing of infra/ was checked here${tests}`;
    }
    // terraform fmt -check exits 3 when files are not formatted, 2 when one cannot be parsed.
    const fmt = await (0,exec/* run */.eF)(terraform, ['fmt', '-check', '-recursive', '-list=true', '-no-color'], {
        cwd: configDir,
        stream: false,
        okExitCodes: [0, 2, 3]
    });
    const files = fmt.stdout.split('\n').filter(Boolean);
    const said = fmt.exitCode === 0
        ? 'terraform fmt -check: every file formatted'
        : files.length
            ? `terraform fmt -check: ${files.length} file(s) not formatted (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''})`
            : `terraform fmt -check failed: ${fmt.stderr.trim().split('\n')[0]}`;
    return `${said}${tests}`;
}
/** Writes the whole plan comment beside the plan and logs it cut to its counts; returns its path. */
function writeComment(planJsonPath, outDir, log) {
    const commentPath = (0,external_node_path_.join)(outDir, 'plan-comment.md');
    const parsed = (0,plan_json/* parsePlanJson */.Xj)((0,external_node_fs_.readFileSync)(planJsonPath, 'utf8'), planJsonPath);
    const context = { workingDirectory: INFRA_DIR };
    (0,external_node_fs_.writeFileSync)(commentPath, (0,plan_comment/* renderPlanComment */.zk)(parsed, context).markdown);
    const shown = (0,plan_comment/* renderPlanComment */.zk)(parsed, {
        ...context,
        maxChars: SHOWN_CHARS,
        limitName: 'the log',
        fullRenderAt: `The whole comment is in ${commentPath}.`
    });
    log('');
    log(shown.markdown.trimEnd());
    log('');
    return commentPath;
}
/** The stand-in's answer when a plan failed: reads it does not know, or the configuration's error. */
function planFailure(error, unknown) {
    if (unknown.length === 0)
        return { state: 'failed', reason: error.message };
    const calls = [...new Set(unknown.map(call => `${call.service} ${call.operation}`))].join(', ');
    return {
        state: 'unplannable',
        reason: `the plan needs AWS read calls the loopback stand-in does not answer (${calls}); ${error.message}`
    };
}
/**
 * Plans `top`'s infra/ for real and writes plan.json and plan-comment.md into `outDir`; `log` gets
 * the progress and the comment's first lines.
 */
async function realPlanOfInfra(top, outDir, log) {
    log('Planning infra/ for real: this machine’s Terraform and AWS provider, AWS reads on a loopback stand-in');
    const target = planTarget(top);
    if (typeof target === 'string')
        return { state: 'skipped', reason: target };
    let setup;
    try {
        setup = prepareTerraform();
    }
    catch (error) {
        if (!(error instanceof TerraformSetupError))
            throw error;
        return {
            state: 'skipped',
            reason: `${error.message}; instead, ${await checksWithoutProvider(top, target.configDir)}`
        };
    }
    const tfvars = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(target.configDir, target.varFile), 'utf8');
    const api = await startAwsReadApi({ accountId: allowedAccountId(tfvars) ?? DEFAULT_ACCOUNT_ID });
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    try {
        const plan = await referencePlan({
            ...target,
            endpoint: api.url,
            env: setup.env,
            terraform: setup.terraform,
            outDir,
            onProgress: line => log(`  ${line}`)
        });
        const commentPath = writeComment(plan.planJsonPath, outDir, log);
        return {
            state: 'planned',
            resources: plan.resourceCount,
            seconds: plan.seconds,
            commentPath,
            planJsonPath: plan.planJsonPath
        };
    }
    catch (error) {
        if (!(error instanceof TerraformRunError))
            throw error;
        return planFailure(error, api.unknownCalls());
    }
    finally {
        await api.close();
        setup.cleanup();
    }
}
/** The one line the local run prints about the real plan. */
function realPlanLine(result, top) {
    const where = (path) => ((0,external_node_path_.relative)(top, path).startsWith('..') ? path : (0,external_node_path_.relative)(top, path));
    switch (result.state) {
        case 'planned':
            return `Real plan of ${INFRA_DIR}/: ${result.resources} resource${result.resources === 1 ? '' : 's'} to create or change (${result.seconds.toFixed(0)} s); its pull request comment: ${where(result.commentPath)}`;
        case 'skipped':
            return `Real plan of ${INFRA_DIR}/ skipped: ${result.reason}`;
        case 'unplannable':
            return `Real plan of ${INFRA_DIR}/ not possible without AWS: ${result.reason}`;
        case 'failed':
            return `Real plan of ${INFRA_DIR}/ failed: ${result.reason}`;
    }
}

;// CONCATENATED MODULE: ./cli/src/local/working-tree.ts
/**
 * Which files of the working tree `shipline local` copies: every tracked or untracked, not ignored
 * file (`git ls-files --cached --others --exclude-standard`), except what lies in the run's own state
 * directory, which an adopter's .gitignore does not know (.shipline/local by default): its registry,
 * podman storage and the copy itself are not the repository's. Pure.
 */

function filesToCopy(files, top, state) {
    const inside = (0,external_node_path_.relative)(top, state);
    if (!inside || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return files;
    const prefix = `${inside.split(external_node_path_.sep).join('/')}/`;
    return files.filter(file => !`${file}/`.startsWith(prefix));
}

;// CONCATENATED MODULE: ./cli/src/commands/local.ts
/**
 * `shipline local` (`npm run local`): the deploy, run on this machine by the rehearsal engine, so
 * what runs locally is the workflow file that runs on GitHub. It rehearses the repository's own
 * caller workflow (`.github/workflows/shipline.yml`, else `pipeline.yml`, or --workflow) for a push:
 * its shipline.yml, its Kubernetes manifests and its Terraform, as its workflow names them, with
 * Shipline's actions and CLI from this installation. AWS, the cluster and GitHub's API are the
 * rehearsal's stand-ins; images are built with podman and pushed to a loopback registry.
 *
 * Nothing in the repository changes: the run works on a copy of its working tree (committed there,
 * so uncommitted edits are included), deleted at the end. The stand-ins' state (registry, Terraform
 * state, cluster, podman storage, each run's logs) stays in --state for the next run, which then
 * builds and rolls out nothing if nothing changed. Two changes are made only when asked, and said:
 * --infra-standin replaces infra/ by a provider-free stand-in (the real one plans only against AWS).
 * Before the rehearsal, infra/ itself is planned for real where the machine has Terraform and a
 * mirror of the AWS provider (AWS reads on a loopback stand-in), and its pull request comment shown
 * (local/real-plan.ts; --skip-real-plan leaves it out).
 * Base images come from podman's storage (docker.io/library/busybox:1.36 is the busybox-static base).
 *
 * Exit codes: 0 the run would succeed; 1 a job would fail, or the real plan of infra/ failed; 2 bad
 * usage or a missing tool.
 */















const WORKFLOWS = ['.github/workflows/shipline.yml', '.github/workflows/pipeline.yml'];
const DEFAULTS = { state: '.shipline/local', protected: ['staging', 'production'] };
const ACCEPTED = {
    workflow: 'the repository’s caller workflow, relative to its root',
    state: 'a directory of its own for the stand-ins’ state, such as .shipline/local (created when missing), not one holding the repository',
    protected: 'the name of a GitHub environment whose jobs wait for an approval, such as production'
};
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Every flag checked before anything runs (git included): one line naming the flag, nothing done. */
function readOptions(values) {
    const workflow = values.workflow === undefined ? undefined : String(values.workflow);
    if (workflow !== undefined) {
        const problem = workflow === ''
            ? 'is empty'
            : workflow.includes('\0')
                ? 'contains a NUL character'
                : (0,external_node_path_.isAbsolute)(workflow)
                    ? `${(0,paths/* quoted */.TL)(workflow)} is an absolute path`
                    : workflow.split(/[\\/]/).includes('..')
                        ? `${(0,paths/* quoted */.TL)(workflow)} leaves the repository`
                        : !/\.ya?ml$/.test(workflow)
                            ? `${(0,paths/* quoted */.TL)(workflow)} is not a workflow file (.yml or .yaml)`
                            : undefined;
        if (problem)
            throw new errors/* InputError */.dz('--workflow', problem, ACCEPTED.workflow);
    }
    let state;
    if (values.state !== undefined) {
        const value = String(values.state);
        if (value === '' || value.includes('\0'))
            throw new errors/* InputError */.dz('--state', value ? 'contains a NUL character' : 'is empty', ACCEPTED.state);
        state = (0,external_node_path_.resolve)(value);
        const kind = (0,paths/* pathKind */.gl)('--state', state, ACCEPTED.state, value);
        if (kind === 'file' || kind === 'other')
            throw new errors/* InputError */.dz('--state', `${(0,paths/* quoted */.TL)(value)} is ${kind === 'file' ? 'a file' : 'not a directory'}`, ACCEPTED.state);
        const cwd = process.cwd();
        if (cwd === state || cwd.startsWith(state.endsWith(external_node_path_.sep) ? state : `${state}${external_node_path_.sep}`))
            throw new errors/* InputError */.dz('--state', `${(0,paths/* quoted */.TL)(value)} holds the repository itself`, ACCEPTED.state);
    }
    const protectedEnvironments = values.protected ?? DEFAULTS.protected;
    for (const name of protectedEnvironments)
        if (!ENVIRONMENT.test(name))
            throw new errors/* InputError */.dz('--protected', `${(0,paths/* quoted */.TL)(name)} is not an environment name`, ACCEPTED.protected);
    return {
        workflow,
        state,
        protectedEnvironments,
        infraStandin: values['infra-standin'] === true,
        realPlan: values['skip-real-plan'] !== true
    };
}
const local_git = async (cwd, args) => (await (0,git/* git */.$Y)(cwd, args)).stdout;
/** The Shipline checkout this command belongs to (its TypeScript sources, when it has them). */
function shiplineSources() {
    const root = (0,installation/* installationRoot */.rb)((0,external_node_url_.fileURLToPath)(import.meta.url));
    return root && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'lib', 'rehearsal', 'source-hooks.mjs')) ? root : undefined;
}
/**
 * A copy of `top`'s working tree as one commit on top of HEAD (same files, so the same content
 * tags as a commit of them would get), and the stand-in infra as a second one when asked.
 */
async function copyOfWorkingTree(top, dest, infraStandin, state) {
    await (0,promises_.rm)(dest, { recursive: true, force: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
    await local_git(top, ['clone', '--quiet', '--shared', '--no-checkout', top, dest]);
    const head = (await local_git(top, ['rev-parse', '--verify', '--quiet', 'HEAD'])).trim();
    const branch = (await local_git(top, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
    await local_git(dest, ['checkout', '--quiet', '-B', branch === 'HEAD' ? 'main' : branch, head]);
    const listed = (await local_git(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']))
        .split('\0')
        .filter(Boolean);
    const files = filesToCopy(listed, top, state);
    for (const file of files) {
        const from = (0,external_node_path_.join)(top, file);
        if (!(0,external_node_fs_.existsSync)(from))
            await (0,promises_.rm)((0,external_node_path_.join)(dest, file), { force: true });
        else
            await (0,promises_.cp)(from, (0,external_node_path_.join)(dest, file), { force: true, recursive: false, verbatimSymlinks: true });
    }
    const commit = (message) => local_git(dest, [
        '-c',
        'user.name=shipline local',
        '-c',
        'user.email=local@shipline.invalid',
        'commit',
        '--quiet',
        '--allow-empty',
        '-m',
        message
    ]);
    await local_git(dest, ['add', '-A']);
    if ((await local_git(dest, ['status', '--porcelain'])).trim())
        await commit('shipline local: the working tree');
    if (infraStandin) {
        // Its Terraform only: the Kubernetes manifests under infra/k8s stay as they are.
        const infra = (0,external_node_path_.join)(dest, 'infra');
        for (const name of (0,external_node_fs_.existsSync)(infra) ? await (0,promises_.readdir)(infra) : [])
            if (name.endsWith('.tf') || name === 'modules' || name === 'environments' || name === 'bootstrap')
                await (0,promises_.rm)((0,external_node_path_.join)(infra, name), { recursive: true, force: true });
        for (const [path, text] of Object.entries(STANDIN_INFRA)) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dest, path)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dest, path), text);
        }
        await local_git(dest, ['add', '-A']);
        await commit('shipline local: the provider-free infra stand-in');
    }
}
/** The counts, and where everything the run made is. */
function closing(top, state, runDir, summary, realPlan) {
    const where = (path) => (0,external_node_path_.relative)(top, path) || '.';
    return [
        '',
        summary,
        realPlan,
        '',
        'Where everything is:',
        '',
        (0,markdown/* table */.tp)(['what', 'path'], [
            ["this run's jobs: each one's log and job summary", where((0,external_node_path_.join)(runDir, 'jobs'))],
            [
                'registry, Terraform state, cluster, podman storage (kept: the next run starts from them)',
                where(state)
            ],
            ['the copy of the working tree', 'deleted']
        ]),
        ''
    ].join('\n');
}
const local_command = {
    usage: 'shipline local [--workflow .github/workflows/shipline.yml] [--state .shipline/local] [--infra-standin] [--skip-real-plan] [--protected ENV]...',
    options: {
        'skip-real-plan': { type: 'boolean' },
        workflow: { type: 'string' },
        state: { type: 'string' },
        'infra-standin': { type: 'boolean' },
        protected: { type: 'string', multiple: true }
    },
    async run({ values }) {
        const options = readOptions(values);
        const top = await (0,git/* gitTopLevel */.oB)(process.cwd());
        const workflow = options.workflow ?? WORKFLOWS.find(w => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, w)));
        if (!workflow || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, workflow)))
            throw new errors/* InputError */.dz('--workflow', workflow ? `${workflow} does not exist in ${top}` : `there is no ${WORKFLOWS.join(' or ')} in ${top}`, ACCEPTED.workflow);
        const state = options.state ?? (0,external_node_path_.join)(top, DEFAULTS.state);
        if (state === top || (0,external_node_path_.relative)(state, top).split(external_node_path_.sep)[0] !== '..')
            throw new errors/* InputError */.dz('--state', `${(0,paths/* quoted */.TL)(state)} holds the repository itself`, ACCEPTED.state);
        requireRunTools(await detectTools());
        const { protectedEnvironments, infraStandin } = options;
        const copy = (0,external_node_path_.join)(state, 'repo');
        const realPlan = options.realPlan
            ? await realPlanOfInfra(top, (0,external_node_path_.join)(state, 'infra-plan'), line => process.stdout.write(`${line}\n`))
            : { state: 'skipped', reason: '--skip-real-plan' };
        const realPlanSays = realPlanLine(realPlan, top);
        (0,log/* info */.pq)(realPlanSays);
        (0,log/* info */.pq)(`Rehearsing ${workflow} for a push, on a copy of the working tree of ${top}`);
        if (infraStandin)
            (0,log/* info */.pq)('infra/ is the provider-free stand-in in this run (--infra-standin); the repository is unchanged');
        await copyOfWorkingTree(top, copy, infraStandin, state);
        const { rehearse } = await Promise.all(/* import() */[__webpack_require__.e(4222), __webpack_require__.e(7827), __webpack_require__.e(9758)]).then(__webpack_require__.bind(__webpack_require__, 47827));
        const { summaryLine } = await __webpack_require__.e(/* import() */ 2618).then(__webpack_require__.bind(__webpack_require__, 72618));
        let result;
        try {
            result = await rehearse({
                workflow,
                event: 'push',
                repo: copy,
                stateDir: state,
                protectedEnvironments,
                shiplineSources: shiplineSources(),
                onJob: line => process.stdout.write(`${line}\n`)
            });
        }
        finally {
            await (0,promises_.rm)(copy, { recursive: true, force: true });
        }
        process.stdout.write(closing(top, state, result.runDir, summaryLine(result), realPlanSays));
        return result.success && realPlan.state !== 'failed' ? command/* EXIT */.d.ok : command/* EXIT */.d.failure;
    }
};


/***/ })

};
