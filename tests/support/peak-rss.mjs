// Loaded with `node --import` into a process under test: at exit, writes the process's peak
// resident memory (kilobytes, worker threads included) to the file BRIEFING_TEST_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BRIEFING_TEST_PEAK_RSS_FILE) writeFileSync(process.env.BRIEFING_TEST_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
