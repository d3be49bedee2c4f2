// All compose rules, sorted by id. The id union is derived from this list.
import type { ComposeRule } from '../context';
import { buildImagePullPolicy } from './build-image-pull-policy';
import { composeSchema } from './compose-schema';
import { configSource } from './config-source';
import { containerNameInUse } from './container-name-in-use';
import { containerNameWithScale } from './container-name-with-scale';
import { dependencyCycle } from './dependency-cycle';
import { dockerfileWithInline } from './dockerfile-with-inline';
import { duplicateContainerName } from './duplicate-container-name';
import { duplicateHostPort } from './duplicate-host-port';
import { duplicateKey } from './duplicate-key';
import { duplicateMountTarget } from './duplicate-mount-target';
import { externalResourceMissing } from './external-resource-missing';
import { externalWithOptions } from './external-with-options';
import { hostPortInUse } from './host-port-in-use';
import { imageLatestTag } from './image-latest-tag';
import { invalidInterpolation } from './invalid-interpolation';
import { invalidPort } from './invalid-port';
import { missingEnvFile } from './missing-env-file';
import { missingImageOrBuild } from './missing-image-or-build';
import { networkModeWithNetworks } from './network-mode-with-networks';
import { obsoleteVersion } from './obsolete-version';
import { portAllInterfaces } from './port-all-interfaces';
import { pullNeverImageAbsent } from './pull-never-image-absent';
import { quotedPorts } from './quoted-ports';
import { requiredVariable } from './required-variable';
import { resourceLimitConflict } from './resource-limit-conflict';
import { scaleReplicasConflict } from './scale-replicas-conflict';
import { secretSource } from './secret-source';
import { swarmDeployConfig } from './swarm-deploy-config';
import { swarmIgnoredKey } from './swarm-ignored-key';
import { swarmPlacementLabel } from './swarm-placement-label';
import { undefinedResource } from './undefined-resource';
import { unknownService } from './unknown-service';
import { unsetVariable } from './unset-variable';
import { volumeDriverMismatch } from './volume-driver-mismatch';
import { yamlSyntax } from './yaml-syntax';

export const composeRules = [
  buildImagePullPolicy,
  composeSchema,
  configSource,
  containerNameInUse,
  containerNameWithScale,
  dependencyCycle,
  dockerfileWithInline,
  duplicateContainerName,
  duplicateHostPort,
  duplicateKey,
  duplicateMountTarget,
  externalResourceMissing,
  externalWithOptions,
  hostPortInUse,
  imageLatestTag,
  invalidInterpolation,
  invalidPort,
  missingEnvFile,
  missingImageOrBuild,
  networkModeWithNetworks,
  obsoleteVersion,
  portAllInterfaces,
  pullNeverImageAbsent,
  quotedPorts,
  requiredVariable,
  resourceLimitConflict,
  scaleReplicasConflict,
  secretSource,
  swarmDeployConfig,
  swarmIgnoredKey,
  swarmPlacementLabel,
  undefinedResource,
  unknownService,
  unsetVariable,
  volumeDriverMismatch,
  yamlSyntax,
] as const satisfies readonly ComposeRule[];

export type ComposeRuleId = (typeof composeRules)[number]['id'];
