"""Pure domain layer: values, rules, events and ports. Standard library only."""
