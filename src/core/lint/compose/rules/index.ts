// All compose rules, sorted by id. The id union is derived from this list.
import type { ComposeRule } from '../context';
import { bindWithoutSource } from './bind-without-source';
import { buildImagePullPolicy } from './build-image-pull-policy';
import { composeCliUnsupported } from './compose-cli-unsupported';
import { composeSchema } from './compose-schema';
import { configSource } from './config-source';
import { containerNameInUse } from './container-name-in-use';
import { containerNameWithScale } from './container-name-with-scale';
import { dependencyCycle } from './dependency-cycle';
import { deviceRequest } from './device-request';
import { dockerfileWithInline } from './dockerfile-with-inline';
import { duplicateContainerName } from './duplicate-container-name';
import { duplicateHostPort } from './duplicate-host-port';
import { duplicateKey } from './duplicate-key';
import { duplicateMountTarget } from './duplicate-mount-target';
import { emptyFile } from './empty-file';
import { externalResourceMissing } from './external-resource-missing';
import { externalWithOptions } from './external-with-options';
import { hostPortInUse } from './host-port-in-use';
import { imageLatestTag } from './image-latest-tag';
import { imageNotLocal } from './image-not-local';
import { imageUntagged } from './image-untagged';
import { includeFile } from './include-file';
import { invalidInterpolation } from './invalid-interpolation';
import { invalidPort } from './invalid-port';
import { missingEnvFile } from './missing-env-file';
import { missingImageOrBuild } from './missing-image-or-build';
import { negativeScale } from './negative-scale';
import { networkModeWithNetworks } from './network-mode-with-networks';
import { nonStringKey } from './non-string-key';
import { obsoleteVersion } from './obsolete-version';
import { portAllInterfaces } from './port-all-interfaces';
import { pullNeverImageAbsent } from './pull-never-image-absent';
import { quotedPorts } from './quoted-ports';
import { requiredVariable } from './required-variable';
import { resourceLimitConflict } from './resource-limit-conflict';
import { restartPolicy } from './restart-policy';
import { scaleReplicasConflict } from './scale-replicas-conflict';
import { secretSource } from './secret-source';
import { swarmDeployConfig } from './swarm-deploy-config';
import { swarmIgnoredKey } from './swarm-ignored-key';
import { swarmPlacementLabel } from './swarm-placement-label';
import { undefinedResource } from './undefined-resource';
import { unknownService } from './unknown-service';
import { unsetVariable } from './unset-variable';
import { volumeDriverMismatch } from './volume-driver-mismatch';
import { watchTrigger } from './watch-trigger';
import { yamlSyntax } from './yaml-syntax';

export const composeRules = [
  bindWithoutSource,
  buildImagePullPolicy,
  composeCliUnsupported,
  composeSchema,
  configSource,
  containerNameInUse,
  containerNameWithScale,
  dependencyCycle,
  deviceRequest,
  dockerfileWithInline,
  duplicateContainerName,
  duplicateHostPort,
  duplicateKey,
  duplicateMountTarget,
  emptyFile,
  externalResourceMissing,
  externalWithOptions,
  hostPortInUse,
  imageLatestTag,
  imageNotLocal,
  imageUntagged,
  includeFile,
  invalidInterpolation,
  invalidPort,
  missingEnvFile,
  missingImageOrBuild,
  negativeScale,
  networkModeWithNetworks,
  nonStringKey,
  obsoleteVersion,
  portAllInterfaces,
  pullNeverImageAbsent,
  quotedPorts,
  requiredVariable,
  resourceLimitConflict,
  restartPolicy,
  scaleReplicasConflict,
  secretSource,
  swarmDeployConfig,
  swarmIgnoredKey,
  swarmPlacementLabel,
  undefinedResource,
  unknownService,
  unsetVariable,
  volumeDriverMismatch,
  watchTrigger,
  yamlSyntax,
] as const satisfies readonly ComposeRule[];

export type ComposeRuleId = (typeof composeRules)[number]['id'];
