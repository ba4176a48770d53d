// The comments of the generated programs, in the page's language. They explain
// the NATS idea at hand, in a line. code-text.fr.ts must match this shape (tsc checks).
import type { Messages } from "../i18n/messages";
import type { Lang } from "./codegen-types";
import fr from "./code-text.fr";

const en = {
  common: {
    connect: "connect to the server's client port (TCP); the browser tab uses its WebSocket port instead",
    tls: "tls://: an encrypted connection, as the page's wss:// is (use nats:// if this port has no TLS)",
    credentials: "credentials come from the environment (NATS_USER and NATS_PASSWORD, or NATS_TOKEN), never from the code",
    credentialsCli: "credentials: export NATS_USER and NATS_PASSWORD first (or NATS_TOKEN, read by the CLI itself)",
    waitForever: "the callbacks run as messages arrive; wait until Ctrl-C",
    closeOnCtrlC: "Ctrl-C: close the connection cleanly (what is still buffered is sent first)",
    close: "close the connection (what is still buffered is sent first)",
    stopped: "stopped with Ctrl-C; the connection was closed in main()",
    runPython: (file: string) => `run: python3 ${file}   (pip install nats-py)`,
    runNode: (file: string) => `run: node ${file}   (npm install nats)`,
    runCli: (file: string) => `run: sh ${file}   (needs the nats CLI: https://github.com/nats-io/natscli)`,
    flushSub: "a round trip to the server: from here on, the subscription is in place",
    cliBraces: 'the nats CLI reads a body as a Go template: a literal {{ must be written {{"{{"}}',
  },
  counter: {
    publisherIntro: (seconds: string) => `lab V.1: publish a counter every ${seconds} s, incremented by the step, until Ctrl-C`,
    subscriberIntro: "lab V.1: subscribe to the counter, print each value and flag missing ones",
    asText: "a NATS payload is bytes: the number travels as decimal text (b\"4\"), readable by any client",
    parse: "the payload is text: turn it back into a number",
    gap: "a jump larger than the step: values were missed (core NATS keeps nothing for absent subscribers)",
    cliLoop: "one nats pub per value: each is a short connection that publishes and leaves",
    cliRaw: "--raw prints only the payload, one value per line",
    announce: "headers beside each value: who publishes and its step, so the playground's tabs name this program instead of \"unknown\"",
  },
  subjects: {
    subscriptionsIntro: "lab V.2: one subscription per pattern; print which pattern got which message",
    star: "* matches exactly one token",
    gt: "> matches one or more tokens at the end",
    exact: "no wildcard: this exact subject only",
    onePerPattern: "each pattern is its own subscription: a message matching two patterns is delivered twice",
    ownCallback: "a callback per pattern, so each message says which subscription received it",
    cliLabel: "label: prefixes each line with the pattern that received it",
    cliWait: "the subscriptions run in the background until Ctrl-C",
  },
  publisher: {
    intro: (count: number) => `lab V.2: publish ${count === 1 ? "one message" : `${count} messages`} on the subject`,
    introForever: (seconds: number) => `lab V.2: publish on the subject every ${seconds} s until Ctrl-C`,
    placeholders: "{n} (message number), {time} and {subject} are filled in at each send, as in the panel",
    bytes: "a payload is bytes: b\"…\" (or .encode() for text beyond ASCII)",
    headers: "headers: name/value pairs carried beside the payload (a name may repeat)",
    pyRepeated: "nats-py takes a dict, one value per name: repeated names are joined with \", \"",
    flush: "wait until the server has the messages before closing",
    cliPlaceholders: "{n} and {time} become the CLI's own {{Count}} and {{TimeStamp}} (RFC 3339)",
    cliHeaders: "-H name:value, once per header, kept as the script's arguments (\"$@\")",
    cliForever: "a very large --count: publish until Ctrl-C",
  },
  agent: {
    intro: "lab V.3: answer JSON requests following the hotline protocol, in a queue group",
    name: "the name put in every reply",
    protocol: 'request: {"code": …, arguments}; reply: {"ok": true, "code", "result", "agent"} or {"ok": false, "error", "agent"}',
    decode: "the request is JSON text: decode it into a value",
    neverCrash: "whatever happens, the asker gets an answer",
    respond: "msg.respond publishes the reply on the request's reply subject (the asker's inbox)",
    queue: "a queue group: each request goes to one member only, so several agents share the work",
    cliNeeds: "also needs jq (https://jqlang.github.io/jq/)",
    cliAnswer: "nats reply runs this script once per request with \"answer\"; the request is in $NATS_REQUEST_BODY and what it prints is the reply",
    cliRespond: "nats reply answers each request on its reply subject with what the command prints",
  },
  requester: {
    introInbox: "lab V.3: ask the hotline and wait for the answer on an inbox of our own",
    introRequest: "lab V.3: ask the hotline with request() and print the answer",
    pyDict: "the request is a dictionary, sent as JSON text (json.dumps)",
    notJson: "not valid JSON: sent as typed, the agent will answer ok: false",
    inbox: "the inbox: a unique subject only this client listens to; the agent publishes its answer there",
    status503: "nobody subscribed to the subject: the server itself answers at once, an empty message with status 503",
    request: "request() makes the inbox, publishes with reply=inbox and waits for the first answer",
    noResponders: "nobody subscribed to the subject: no responders, known at once",
    cliRequest: "nats request makes an inbox, publishes with it as reply subject and prints the first answer",
    cliListen: "listen on the inbox first (in the background), for one message, for the timeout at most",
    cliSleep: "let the subscription reach the server before asking",
    cli503: "the answer is printed by nats sub; \"Status: 503\" with an empty body means no responders",
  },
  chat: {
    intro: "lab V.4: a chat; rooms are subjects",
    commands: "type a line to post it; /reply <text> answers the last message on its subject; /fwd <subject> forwards it",
    rooms: "rooms are subjects: * and > join several rooms at once",
    envelope: 'the app\'s JSON envelope: {"id", "from", "text", "sentAt"}',
    read: "an envelope shows as \"from: text\"; plain text (nats pub, the lab's scripts) as \"unnamed: text\"",
    plain: "not JSON: plain text",
    stdinThread: "reading the keyboard blocks: a thread reads it and hands each line to the event loop",
    last: "the last message received from someone else: what /reply and /fwd act on",
    msgId: "Nats-Msg-Id: the chat history (JetStream) stores a message sent twice only once",
    reply: "a reply goes back on the same subject, quoting the message it answers",
    forward: "a forward sends the same text on another subject, saying where it came from",
    cliCommands: "type a line to post it; /to <subject> <text> posts on another subject (to reply or forward)",
    cliNeeds: "also needs jq (https://jqlang.github.io/jq/)",
    cliStop: "when the script ends, stop the background subscriptions too",
    cliTo: "/to <subject> <text>",
  },
  network: {
    intro: "who is connected: every client of this account and its subscriptions, as the Network panel shows",
    subject: "a request to the server itself; every server of a cluster answers for its own clients (this prints the first answer)",
    noAnswer: "no answer: a server older than 2.2, one started with no_system_account, or one that forbids it",
    cluster: "each connection: its name, its client library, its subscriptions with their queue group",
    cliNeeds: "also needs jq (https://jqlang.github.io/jq/)",
  },
};

export type CodeText = typeof en;

export function textFor(lang: Lang): CodeText {
  return lang === "fr" ? fr : en;
}

/** Every comment language, for tests. */
export const CODE_TEXTS: Record<Lang, Messages<CodeText>> = { en, fr };
