import { controllerContext } from "../../ui/controller-context";
import { useMessages } from "../../i18n/use-messages";
import type { NetworkController } from "./network-controller";
import type { NetworkState } from "./network-store";
import { networkText } from "./network-text";

export const { Provider: NetworkProvider, useController: useNetwork, useSelect: useNetworkState } = controllerContext<NetworkState, NetworkController>(
  "Network",
);

export const useNetworkText = () => useMessages(networkText);
