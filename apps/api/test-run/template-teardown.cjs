// Jest global teardown: drops the run's template database, if a test server built it.
const { Client } = require('pg');

module.exports = async () => {
  const base = process.env.TEST_DATABASE_URL;
  const template = process.env.SEN_TEST_TEMPLATE;
  if (!base || !template || !/^sen_template_[a-z0-9_]+$/.test(template)) {
    return;
  }
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template}_building WITH (FORCE)`);
  } finally {
    await admin.end();
  }
};
