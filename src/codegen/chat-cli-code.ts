// The chat with the nats CLI: one `nats sub` per room in the background (jq shows
// envelopes as "from: text"), and a loop that posts each line typed as an envelope.
import type { ChatCode } from "./chat-code";
import type { Conn } from "./codegen-types";
import { shQuote } from "./quote";
import type { Frame } from "./skeletons";
import { natsCli, shellProgram } from "./skeletons";

const SHOW = String.raw`(try fromjson catch null) as $e | if ($e | type) == "object" and ($e.text | type) == "string" then "\($e.from // "unnamed"): \($e.text)" else "unnamed: \(.)" end`;
const ENVELOPE = "{id: $id, from: $from, text: $text, sentAt: (now * 1000 | floor)}";

export function chatCli(s: ChatCode, conn: Conn, frame: Frame): string {
  const { t } = frame;
  return shellProgram(
    { ...frame, intro: [frame.intro[0]!, t.chat.cliCommands] },
    {
      needs: t.chat.cliNeeds,
      top: [`NAME=${shQuote(s.name)}`, `POST_TO=${shQuote(s.postTo)}`],
      main: [
        `# ${t.chat.cliStop}`,
        "trap 'pkill -P $$ 2>/dev/null' EXIT",
        `# ${t.chat.rooms}`,
        `# ${t.chat.read}`,
        s.rooms.map((room) => `${natsCli(conn, "sub", shQuote(room), "--raw")} | jq --unbuffered -rR '${SHOW}' &`),
        "",
        `echo "$NAME: a line posts to $POST_TO; /to <subject> <text> posts elsewhere; Ctrl-D quits"`,
        "while IFS= read -r line; do",
        '  subject=$POST_TO',
        '  case "$line" in',
        `    "/to "*) line=\${line#/to }; subject=\${line%% *}; line=\${line#* } ;; # ${t.chat.cliTo}`,
        "    '') continue ;;",
        "  esac",
        "  id=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \\n')",
        `  # ${t.chat.envelope}`,
        `  # ${t.common.cliBraces}`,
        `  body=$(jq -cn --arg id "$id" --arg from "$NAME" --arg text "$line" '${ENVELOPE}' | sed 's/{{/{{"{{"}}/g')`,
        `  # ${t.chat.msgId}`,
        `  ${natsCli(conn, "pub", '"$subject"', '"$body"', '-H "Nats-Msg-Id:$id"')}`,
        "done",
      ],
    },
  );
}
