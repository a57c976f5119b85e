output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "azs" {
  description = "Availability zones the subnets are spread over."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "IDs of the public subnets (load balancers, NAT gateways)."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "IDs of the private subnets (EKS nodes and pods)."
  value       = aws_subnet.private[*].id
}

output "database_subnet_ids" {
  description = "IDs of the isolated database subnets."
  value       = aws_subnet.database[*].id
}

output "nat_public_ips" {
  description = "Public IPv4 addresses of the NAT gateways (the egress addresses of the cluster)."
  value       = aws_eip.nat[*].public_ip
}

output "flow_log_group_name" {
  description = "Name of the CloudWatch log group that receives the VPC flow logs."
  value       = aws_cloudwatch_log_group.flow_logs.name
}

output "resources" {
  description = "The module's resources as planned, by role (the configuration's checks in infra/tests assert on them; prefer the outputs above for wiring)."
  value = {
    availability_zones     = data.aws_availability_zones.available
    vpc                    = aws_vpc.this
    default_security_group = aws_default_security_group.this
    subnets                = { public = aws_subnet.public, private = aws_subnet.private, database = aws_subnet.database }
    route_tables           = { public = aws_route_table.public, private = aws_route_table.private, database = aws_route_table.database }
    routes                 = { public_internet = aws_route.public_internet, private_nat = aws_route.private_nat }
    nat_gateways           = aws_nat_gateway.this
    s3_endpoint            = aws_vpc_endpoint.s3
    flow_log               = aws_flow_log.this
    flow_log_group         = aws_cloudwatch_log_group.flow_logs
    flow_log_key           = aws_kms_key.flow_logs
    flow_log_role          = aws_iam_role.flow_logs
  }
}
