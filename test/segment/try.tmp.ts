import { parseHeader } from '../work/main/src/segment/header/parse-header.js';
import { toLines, seedText } from '../work/main/test/segment/helpers.js';
for (const id of ['000','001','002','003','004']) {
  const r = parseHeader(toLines(seedText(id)));
  console.log(id, JSON.stringify({...r?.header, span: undefined}), r?.start, r?.end, r?.issues.map(i=>i.ruleId+':'+i.reason));
}
