// All Dockerfile rules, sorted by id (the catalogue test checks order and completeness).
import type { DockerfileRule } from '../model';
import addForArchives from './add-for-archives';
import apkNoCache from './apk-no-cache';
import apkPin from './apk-pin';
import aptGetPin from './apt-get-pin';
import aptGetYes from './apt-get-yes';
import aptListsCleanup from './apt-lists-cleanup';
import aptNoInstallRecommends from './apt-no-install-recommends';
import cdInsteadOfWorkdir from './cd-instead-of-workdir';
import cmdRunConfusion from './cmd-run-confusion';
import consecutiveRun from './consecutive-run';
import consistentInstructionCasing from './consistent-instruction-casing';
import copyAllBeforeInstall from './copy-all-before-install';
import copyFromImageUnresolvable from './copy-from-image-unresolvable';
import copyFromSelf from './copy-from-self';
import copyFromUnknownStage from './copy-from-unknown-stage';
import copyIgnoredFile from './copy-ignored-file';
import copyInsteadOfAdd from './copy-instead-of-add';
import copyMultipleSourcesSlash from './copy-multiple-sources-slash';
import copyRelativeDestWithoutWorkdir from './copy-relative-dest-without-workdir';
import copyRootFromStage from './copy-root-from-stage';
import dnfClean from './dnf-clean';
import dnfPin from './dnf-pin';
import dnfYes from './dnf-yes';
import duplicateStageName from './duplicate-stage-name';
import envSelfReference from './env-self-reference';
import exposeInvalidFormat from './expose-invalid-format';
import exposePortRange from './expose-port-range';
import exposeProtoCasing from './expose-proto-casing';
import fromAsCasing from './from-as-casing';
import fromPlatformFlagConstDisallowed from './from-platform-flag-const-disallowed';
import gemPin from './gem-pin';
import goInstallPin from './go-install-pin';
import healthcheckMissing from './healthcheck-missing';
import imageNotPresent from './image-not-present';
import inlineIgnorePragma from './inline-ignore-pragma';
import instructionOrder from './instruction-order';
import invalidBaseImagePlatform from './invalid-base-image-platform';
import invalidDefaultArgInFrom from './invalid-default-arg-in-from';
import invalidDefinitionDescription from './invalid-definition-description';
import irrelevantCommand from './irrelevant-command';
import jsonArgsRecommended from './json-args-recommended';
import labelEmail from './label-email';
import labelEmpty from './label-empty';
import labelGitHash from './label-git-hash';
import labelKeyInvalid from './label-key-invalid';
import labelMissing from './label-missing';
import labelRfc3339 from './label-rfc3339';
import labelSemver from './label-semver';
import labelSpdx from './label-spdx';
import labelSuperfluous from './label-superfluous';
import labelUrl from './label-url';
import lastUserRoot from './last-user-root';
import latestTag from './latest-tag';
import legacyKeyValueFormat from './legacy-key-value-format';
import maintainerDeprecated from './maintainer-deprecated';
import multipleCmd from './multiple-cmd';
import multipleEntrypoint from './multiple-entrypoint';
import multipleHealthcheck from './multiple-healthcheck';
import noApt from './no-apt';
import noEmptyContinuation from './no-empty-continuation';
import noFromPlatform from './no-from-platform';
import noSudo from './no-sudo';
import npmPin from './npm-pin';
import onbuildDisallowedTrigger from './onbuild-disallowed-trigger';
import pipNoCacheDir from './pip-no-cache-dir';
import pipPin from './pip-pin';
import pipefail from './pipefail';
import platformUnsupported from './platform-unsupported';
import redundantTargetPlatform from './redundant-target-platform';
import reservedStageName from './reserved-stage-name';
import secretsUsedInArgOrEnv from './secrets-used-in-arg-or-env';
import shellInsteadOfLn from './shell-instead-of-ln';
import stageNameCasing from './stage-name-casing';
import syntaxError from './syntax-error';
import trustedRegistry from './trusted-registry';
import undefinedArgInFrom from './undefined-arg-in-from';
import undefinedVar from './undefined-var';
import untaggedImage from './untagged-image';
import userNonNumeric from './user-non-numeric';
import useraddNoLogInit from './useradd-no-log-init';
import wgetAndCurl from './wget-and-curl';
import wgetProgress from './wget-progress';
import workdirRelativePath from './workdir-relative-path';
import yarnCacheClean from './yarn-cache-clean';
import yumClean from './yum-clean';
import yumPin from './yum-pin';
import yumYes from './yum-yes';
import zypperClean from './zypper-clean';
import zypperDistUpgrade from './zypper-dist-upgrade';
import zypperPin from './zypper-pin';
import zypperYes from './zypper-yes';

export const rules: readonly DockerfileRule[] = [
  addForArchives,
  apkNoCache,
  apkPin,
  aptGetPin,
  aptGetYes,
  aptListsCleanup,
  aptNoInstallRecommends,
  cdInsteadOfWorkdir,
  cmdRunConfusion,
  consecutiveRun,
  consistentInstructionCasing,
  copyAllBeforeInstall,
  copyFromImageUnresolvable,
  copyFromSelf,
  copyFromUnknownStage,
  copyIgnoredFile,
  copyInsteadOfAdd,
  copyMultipleSourcesSlash,
  copyRelativeDestWithoutWorkdir,
  copyRootFromStage,
  dnfClean,
  dnfPin,
  dnfYes,
  duplicateStageName,
  envSelfReference,
  exposeInvalidFormat,
  exposePortRange,
  exposeProtoCasing,
  fromAsCasing,
  fromPlatformFlagConstDisallowed,
  gemPin,
  goInstallPin,
  healthcheckMissing,
  imageNotPresent,
  inlineIgnorePragma,
  instructionOrder,
  invalidBaseImagePlatform,
  invalidDefaultArgInFrom,
  invalidDefinitionDescription,
  irrelevantCommand,
  jsonArgsRecommended,
  labelEmail,
  labelEmpty,
  labelGitHash,
  labelKeyInvalid,
  labelMissing,
  labelRfc3339,
  labelSemver,
  labelSpdx,
  labelSuperfluous,
  labelUrl,
  lastUserRoot,
  latestTag,
  legacyKeyValueFormat,
  maintainerDeprecated,
  multipleCmd,
  multipleEntrypoint,
  multipleHealthcheck,
  noApt,
  noEmptyContinuation,
  noFromPlatform,
  noSudo,
  npmPin,
  onbuildDisallowedTrigger,
  pipNoCacheDir,
  pipPin,
  pipefail,
  platformUnsupported,
  redundantTargetPlatform,
  reservedStageName,
  secretsUsedInArgOrEnv,
  shellInsteadOfLn,
  stageNameCasing,
  syntaxError,
  trustedRegistry,
  undefinedArgInFrom,
  undefinedVar,
  untaggedImage,
  userNonNumeric,
  useraddNoLogInit,
  wgetAndCurl,
  wgetProgress,
  workdirRelativePath,
  yarnCacheClean,
  yumClean,
  yumPin,
  yumYes,
  zypperClean,
  zypperDistUpgrade,
  zypperPin,
  zypperYes,
];

export type DockerfileRuleId = (typeof rules)[number]['id'];
