// bench.js — Recognizers-Text on the bench corpus: recognizeNumber and
// recognizePercentage with Culture.Chinese, line by line; prints the bytes
// read, the seconds taken (the best of three passes), the bytes per second
// and the entities found.
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
// best of three passes over the sample, as extract is timed best of three
// runs: the passes after the first find the JIT warm
let found = 0;
let secs = Infinity;
for (let pass = 0; pass < 3; pass++) {
    found = 0;
    const t0 = process.hrtime.bigint();
    for (const line of lines) {
        if (!line) continue;
        found += Recognizers.recognizeNumber(line, culture).length;
        found += Recognizers.recognizePercentage(line, culture).length;
    }
    secs = Math.min(secs, Number(process.hrtime.bigint() - t0) / 1e9);
}
const bytes = Buffer.byteLength(text, 'utf8');
console.log(JSON.stringify({bytes, seconds: secs, bytes_per_second: bytes / secs, entities: found}));
