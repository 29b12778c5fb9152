"""The cost model: an itemized monthly AWS bill from the synthesized stack, counted inputs and prices.

`python -m hirehound_infra.cost` (`make cost`) prints it; docs/deploy.md ("What it costs") explains it.
"""
