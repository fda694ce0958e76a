// Server configuration: defaults, and every bad variable reported at once.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/server/config.ts';

describe('loadConfig', () => {
  it('has sensible defaults: port 3000, embedded database', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.EE_PGLITE_DIR).toMatch(/\.data[/\\]pglite$/);
  });

  it('reports every bad variable with what it expects', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL: a postgres:// or postgresql:// URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });
});
