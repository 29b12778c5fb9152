"""The names `hirehound enqueue` resolves are the ones the stack deploys: stack `Hirehound-<stage>`, the
raw bucket in its `RawBucketName` output, and the intake queue named `<stack>-IngestPages`."""

from __future__ import annotations

import pytest
from hirehound_infra import topology

from tests.infra.conftest import Synth

pytestmark = pytest.mark.infra


def test_the_stack_the_bucket_output_and_the_intake_queue_have_the_names_enqueue_looks_up(
    synth: Synth,
) -> None:
    assert synth.stack_name == topology.stack_name("dev")
    bucket = synth.logical_id("RawPages/Bucket/Resource")
    assert synth.template["Outputs"][topology.RAW_BUCKET_OUTPUT]["Value"] == {"Ref": bucket}
    queue = synth.props("Ingest/IngestPages/Queue/Resource")
    assert queue["QueueName"] == topology.physical_name(synth.stack_name, "IngestPages")
    # the functions read pages from that same bucket
    extract = synth.props("Ingest/IngestExtract/Resource")
    assert extract["Environment"]["Variables"]["HIREHOUND_RAW_BUCKET"] == {"Ref": bucket}
