// Jest global setup: names the run's template database (see templateDatabase in src/test/harness.ts).
// The first test server of the run builds it; global teardown drops it.
module.exports = async () => {
  if (process.env.TEST_DATABASE_URL && !process.env.SEN_TEST_TEMPLATE) {
    process.env.SEN_TEST_TEMPLATE = `sen_template_${process.pid}_${Date.now().toString(36)}`;
  }
};
