// A send worker as its own process, for the crash and multi-worker tests (killed with SIGKILL there).
import { startSendLoop } from "../../lib/sends/loop";

const stop = startSendLoop({ pollMs: 50 });
process.send?.("ready");
process.on("SIGTERM", () => {
  void stop().then(() => process.exit(0));
});
