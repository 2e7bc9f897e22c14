// The page parser's worker (off-thread-parse.ts): parses and validates one body per message.
import { parseReplies, type ParseRequest } from "./parse-messages.ts";

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  for (const reply of parseReplies(event.data)) self.postMessage(reply);
};
