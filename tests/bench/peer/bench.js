// bench.js — Recognizers-Text on the bench corpus: recognizeNumber and
// recognizePercentage with Culture.Chinese, line by line; prints the bytes
// read, the seconds taken, the bytes per second and the entities found.
//   node bench.js FILE
'use strict';
const fs = require('fs');
const Recognizers = require('@microsoft/recognizers-text-suite');

const file = process.argv[2];
if (!file) {
    console.error('usage: node bench.js FILE');
    process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const lines = text.split('\n');
const culture = Recognizers.Culture.Chinese;
// warm up: the models are built on first use
Recognizers.recognizeNumber('一百二十三', culture);
Recognizers.recognizePercentage('百分之三十', culture);
let found = 0;
const t0 = process.hrtime.bigint();
for (const line of lines) {
    if (!line) continue;
    found += Recognizers.recognizeNumber(line, culture).length;
    found += Recognizers.recognizePercentage(line, culture).length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const bytes = Buffer.byteLength(text, 'utf8');
console.log(JSON.stringify({bytes, seconds: secs, bytes_per_second: bytes / secs, entities: found}));
