import type { Catalogue } from '../i18n';
import type { fi } from './fi';

export const sv: Catalogue<typeof fi> = {
  languageName: 'Svenska',
  languageSwitch: 'Språk',
  mainNavigation: 'Huvudmeny',
  skipToContent: 'Hoppa till innehållet',
  serviceName: 'Sociala medieregistret',
  cityServiceName: '{{city}} – profiler i sociala medier',
  footer: {
    maintainedBy: 'Registret upprätthålls av kommunikationen i {{city}}.',
    openData: 'Öppna data och gränssnitt',
    accessibility: 'Tjänsten är gjord tillgänglig (WCAG 2.1 AA).',
  },
  errors: {
    notFound: 'Sidan hittades inte.',
    notFoundTitle: 'Hittades inte',
    internal: 'Ett fel inträffade i tjänsten. Försök igen om en stund.',
    internalTitle: 'Fel',
    badRequest: 'Begäran godkänns inte.',
    validation: 'Kontrollera fältet {{field}}: {{message}}',
    tooManyRequests: 'För många förfrågningar. Vänta en stund och försök igen.',
    backHome: 'Till startsidan',
  },
  validation: {
    required: 'uppgiften saknas',
    invalidValue: 'värdet godkänns inte',
    tooBig: 'värdet är för stort (högst {{maximum}})',
    tooSmall: 'värdet är för litet (minst {{minimum}})',
    invalidFormat: 'formatet godkänns inte',
    oneOf: 'värdet ska vara ett av dessa: {{options}}',
  },
};
