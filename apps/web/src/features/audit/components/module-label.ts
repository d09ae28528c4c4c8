import { AUDIT_MODULES, type AuditModule } from '@sen/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

function isKnownModule(module: string): module is AuditModule {
  return (AUDIT_MODULES as readonly string[]).includes(module);
}

/** The translated name of an audit module; a module added later shows its raw name until translated. */
export function useModuleLabel(): (module: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (module: string) => (isKnownModule(module) ? t(`audit.modules.${module}`) : module),
    [t],
  );
}
