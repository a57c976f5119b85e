# The services of the system, from shipline.yml (var.shipline_config): the one list of them. Each
# service's repository (modules/ecr), IRSA role (database: true), target group and listener rule
# (expose, port, health) and the CloudFront paths to the load balancer are made from it, so adding
# a service is one entry there, and removing one plans the destroy of everything it had.
# The defaults are shipline.yml's (lib/config/schema.ts; infra/__tests__/static.test.ts compares them).

locals {
  shipline = yamldecode(file(var.shipline_config))

  services = {
    for name, s in local.shipline.services : name => {
      port     = try(s.port, 8080)
      health   = try(s.health, "/health")
      database = try(s.database, false)
      # null: not behind the load balancer; []: its default route (expose: true); else its path patterns.
      expose = try(s.expose, false) == false ? null : try(tolist(s.expose.paths), [])
    }
  }

  k8s_namespace     = try(local.shipline.kubernetes.namespace, "erp")
  database_services = sort([for name, s in local.services : name if s.database])
  exposed           = { for name, s in local.services : name => s if s.expose != null }
  routed            = sort([for name, s in local.exposed : name if length(s.expose) > 0])

  # One IP target group per exposed service, bound to its Service by the generated TargetGroupBinding.
  # The load balancer checks path rules in service-name order, then the default route last.
  target_groups = {
    for name, s in local.exposed : name => {
      port              = s.port
      health_check_path = s.health
      path_patterns     = s.expose
      priority          = length(s.expose) > 0 ? 10 * (index(local.routed, name) + 1) : 50000
    }
  }

  # What CloudFront sends to the load balancer uncached; every other path goes to frontend_origin.
  alb_path_patterns = flatten([for name in local.routed : local.exposed[name].expose])
}
