import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook runs on the project's vite.config.ts, so the embedded Explore API over sample data is
// mounted at /api/explore/v2.1 and every story is live against it.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
