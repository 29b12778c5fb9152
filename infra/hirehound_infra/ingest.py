"""Job ingestion (`functions/ingest/`)."""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

from hirehound_infra.area import BusinessArea, SharedResources
from hirehound_infra.nag import acknowledge, logical_id

# Which stages touch what, beyond the database (see hirehound.ingest.stages / analysis).
RAW_PAGE_READERS = ("IngestExtract",)
COMPANY_ANNOUNCERS = ("IngestMatchCompany",)
ENRICHMENT_EVENT_BUS = "default"


class IngestArea(BusinessArea):
    """Ingestion functions; the extractor reads raw pages, the company matcher announces new companies."""

    area = "ingest"

    def grant(self, shared: SharedResources) -> None:
        for name in RAW_PAGE_READERS:
            if name in self.functions:
                self._grant_page_reads(self.functions[name], shared.raw_bucket)
        bus_arn = Stack.of(self).format_arn(
            service="events", resource="event-bus", resource_name=ENRICHMENT_EVENT_BUS
        )
        for name in COMPANY_ANNOUNCERS:
            if name in self.functions:
                fn = self.functions[name]
                fn.add_environment("HIREHOUND_ENRICHMENT_EVENT_BUS", ENRICHMENT_EVENT_BUS)
                fn.add_to_role_policy(iam.PolicyStatement(actions=["events:PutEvents"], resources=[bus_arn]))

    @staticmethod
    def _grant_page_reads(fn: lambda_.Function, bucket: s3.IBucket) -> None:
        """GetObject on the pages, ListBucket so a missing key is a 404 (bad input), not a 403."""
        fn.add_to_role_policy(
            iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket.arn_for_objects("*")])
        )
        fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=[bucket.bucket_arn]))
        acknowledge(
            fn,
            f"AwsSolutions-IAM5[Resource::<{logical_id(bucket)}.Arn>/*]",
            reason="Page objects are keyed by content hash, unknown in advance; read-only.",
        )
