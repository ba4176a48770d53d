import { connzPrograms } from "../../codegen/network-code";
import { CodeView } from "../../ui/code/CodeView";
import { useNetworkText } from "./network-context";

// The Network's Code region (loaded when the Code button is first pressed): the
// question this panel asks the servers, $SYS.REQ.ACCOUNT.PING.CONNZ, as a program.
export default function NetworkCode() {
  const t = useNetworkText().code;
  return <CodeView variants={[{ id: "connz", label: t.variant, programs: connzPrograms }]} />;
}
