// Tests never reach AWS: no instance metadata lookups, no ambient credentials or GitHub context.
process.env.AWS_EC2_METADATA_DISABLED = 'true'
for (const name of Object.keys(process.env)) {
  if (
    /^(GITHUB_|INPUT_|RUNNER_|AWS_PROFILE$|AWS_ACCESS_KEY_ID$|AWS_SECRET_ACCESS_KEY$|AWS_SESSION_TOKEN$|AWS_REGION$|AWS_DEFAULT_REGION$)/.test(
      name
    )
  )
    delete process.env[name]
}
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = 'true'
