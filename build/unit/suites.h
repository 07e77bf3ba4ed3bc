SUITE(interval_suite)
SUITE(rules_suite)
