# The services come from shipline.yml (services.tf): each service's repository, IRSA role, target
# group, listener rule and CloudFront path are planned from the file, with its defaults, and a
# service removed from it plans the destroy of everything it had. Runs once, with a mocked AWS
# provider.

mock_provider "aws" {
  source = "./tests/mocks"
}

mock_provider "aws" {
  alias  = "us_east_1"
  source = "./tests/mocks"
}

variables {
  environment                = "test"
  region                     = "eu-west-1"
  domain_names               = ["books.example.com"]
  cloudfront_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000001"
  origin_domain_name         = "origin.books.example.com"
  alb_certificate_arn        = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000002"
  shipline_config            = "tests/fixtures/services.shipline.yml"
}

run "apply" {
  command = apply

  assert {
    condition     = toset(keys(module.ecr.resources.repositories)) == toset(["billing", "config-server", "ledger", "web"]) && toset(keys(module.ecr.resources.lifecycle_policies)) == toset(keys(module.ecr.resources.repositories))
    error_message = "Services: every service of shipline.yml gets its repository, with its lifecycle policy. Planned: ${jsonencode(keys(module.ecr.resources.repositories))}."
  }

  assert {
    condition = {
      for name, tg in module.alb.resources.target_groups : name => "${tg.port} ${one(tg.health_check).path} ${one(tg.health_check).port}"
      } == {
      billing         = "9090 /health traffic-port"
      "config-server" = "8888 /actuator/health traffic-port"
      web             = "8080 /health traffic-port"
    }
    error_message = "Services: each exposed service gets a target group on its port that checks its health path (default 8080 and /health); ledger, not exposed, none. Planned: ${jsonencode({ for name, tg in module.alb.resources.target_groups : name => "${tg.port} ${one(tg.health_check).path}" })}."
  }

  assert {
    condition = {
      for name, rule in module.alb.resources.listener_rules : name => "${rule.priority} ${join(",", flatten([for c in rule.condition : [for p in c.path_pattern : sort(p.values)]]))}"
      } == {
      billing         = "10 /billing/*,/invoices/*"
      "config-server" = "20 /config/*"
      web             = "50000 "
    }
    error_message = "Services: each exposed service's paths are forwarded to its target group, path rules in service-name order and the default route (expose: true) last. Planned: ${jsonencode({ for name, rule in module.alb.resources.listener_rules : name => rule.priority })}."
  }

  assert {
    condition     = toset([for r in values(module.alb.resources.target_ingress) : r.from_port]) == toset([8080, 8888, 9090]) && toset([for r in values(module.alb.resources.egress_rules) : r.to_port]) == toset([8080, 8888, 9090])
    error_message = "Services: the load balancer may reach the nodes on the exposed services' ports, and on no other. Planned: ${jsonencode([for r in values(module.alb.resources.target_ingress) : r.from_port])}."
  }

  assert {
    condition     = tolist([for b in module.cdn.resources.distribution.ordered_cache_behavior : "${b.path_pattern} ${b.target_origin_id}"]) == tolist(["/billing/* alb", "/invoices/* alb", "/config/* alb"])
    error_message = "Services: CloudFront sends the exposed services' paths to the load balancer, in the order the load balancer checks them. Planned: ${jsonencode([for b in module.cdn.resources.distribution.ordered_cache_behavior : b.path_pattern])}."
  }

  assert {
    condition     = toset(keys(module.eks.resources.irsa_roles)) == toset(["billing", "aws-load-balancer-controller"]) && toset(flatten([for s in one(module.eks.resources.irsa_trust["billing"].statement).condition : s.values if endswith(s.variable, ":sub")])) == toset(["system:serviceaccount:books:billing"])
    error_message = "Services: a database service gets an IRSA role trusting its service account in kubernetes.namespace (books). Planned: ${jsonencode(keys(module.eks.resources.irsa_roles))}."
  }

  assert {
    condition     = output.k8s_namespace == "books" && tolist([for line in split("\n", output.kustomize_env) : split("=", line)[0] if startswith(line, "TARGET_GROUP_ARN_")]) == tolist(["TARGET_GROUP_ARN_BILLING", "TARGET_GROUP_ARN_CONFIG_SERVER", "TARGET_GROUP_ARN_WEB"]) && strcontains(output.kustomize_env, "TARGET_GROUP_ARN_CONFIG_SERVER=${output.target_group_arns["config-server"]}\n")
    error_message = "Services: kustomize_env gives each exposed service's TargetGroupBinding its target group ARN (TARGET_GROUP_ARN_ and the name in capitals). Planned: ${output.kustomize_env}"
  }
}

# The same configuration without billing: its repository, role, target group and listener rule go.
run "removing_a_service" {
  command = plan

  variables {
    shipline_config = "tests/fixtures/services-without-billing.shipline.yml"
  }

  assert {
    condition     = toset(keys(module.ecr.resources.repositories)) == toset(["config-server", "ledger", "web"]) && toset(keys(module.alb.resources.target_groups)) == toset(["config-server", "web"]) && toset(keys(module.alb.resources.listener_rules)) == toset(["config-server", "web"]) && toset(keys(module.eks.resources.irsa_roles)) == toset(["aws-load-balancer-controller"])
    error_message = "Services: a service removed from shipline.yml has no repository, target group, listener rule or role left in the plan. Planned: ${jsonencode(keys(module.ecr.resources.repositories))}."
  }

  assert {
    condition     = toset([for r in values(module.alb.resources.target_ingress) : r.from_port]) == toset([8080, 8888]) && module.alb.resources.listener_rules["config-server"].priority == 10
    error_message = "Services: its port closes on the nodes, and the remaining path rules move up. Planned: ${jsonencode([for r in values(module.alb.resources.target_ingress) : r.from_port])}."
  }
}

################################################################################
# What is refused, naming shipline.yml and what to change
################################################################################

run "refuses_a_privileged_port" {
  command = plan

  variables {
    shipline_config = "tests/fixtures/bad-port.shipline.yml"
  }

  expect_failures = [var.shipline_config]
}

run "refuses_a_missing_shipline_yml" {
  command = plan

  variables {
    shipline_config = "tests/fixtures/missing.shipline.yml"
  }

  expect_failures = [var.shipline_config]
}

run "refuses_frontend_pods_without_a_default_route" {
  command = plan

  variables {
    shipline_config = "tests/fixtures/no-default-route.shipline.yml"
    frontend_origin = "alb"
  }

  expect_failures = [var.frontend_origin]
}

run "refuses_kubernetes_1_29" {
  command = plan

  variables {
    kubernetes_version = "1.29"
  }

  expect_failures = [var.kubernetes_version]
}
