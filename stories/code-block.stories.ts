import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/code-block/define.js';

const SQL = `-- Backfill in batches instead of one ALTER TABLE … DEFAULT that rewrote 2.4M rows.
ALTER TABLE users ADD COLUMN locale text;          -- no default: instant
UPDATE users SET locale = 'en'
WHERE id BETWEEN $1 AND $1 + 9999 AND locale IS NULL;
ALTER TABLE users ALTER COLUMN locale SET NOT NULL; -- after the backfill`;

const GO = `// Each provider gets its own lane, so one slow provider cannot stall the others.
func (d *Dispatcher) Dispatch(ctx context.Context, msg Message) error {
	lane, ok := d.lanes[msg.Provider]
	if !ok {
		return fmt.Errorf("no lane for provider %q", msg.Provider)
	}
	select {
	case lane <- msg:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}`;

const YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: registry.example.com/checkout:2026.03.1
          resources:
            limits: { memory: 512Mi, cpu: "1" }   # was 256Mi: OOMKilled under load
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }`;

const LONG = `2026-03-15T02:14:07.512Z ERROR checkout-7f9c lock timeout after 30000ms waiting for AccessExclusiveLock on relation "users" (pid 48213 blocked by pid 48177: ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en')
2026-03-15T02:14:07.513Z WARN  checkout-7f9c retrying request id=9b1e2c… attempt=3/3`;

const HOSTILE = `<script>alert('not run')</script><img src=x onerror=alert(1)>
\${'template'} {{ mustache }} </inc-code-block> <!-- comment -->
Right-to-left override: a\u202Ebc\u202C — zero width: a\u200Bb — emoji: 🧯🔥 — tabs:\tx\ty
${'very-long-unbroken-token-'.repeat(12)}`;

interface Args {
  code: string;
  language: string;
  caption: string;
  theme: 'light' | 'dark' | 'terminal' | 'auto';
  lineNumbers: boolean;
  highlight: string;
  wrap: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/inc-code-block',
  component: 'inc-code-block',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'terminal', 'auto'] },
    language: {
      control: 'select',
      options: [
        'sql',
        'go',
        'yaml',
        'bash',
        'python',
        'typescript',
        'json',
        'hcl',
        'diff',
        'log',
        'text',
        'cobol',
      ],
    },
  },
  args: {
    code: SQL,
    language: 'sql',
    caption: '',
    theme: 'light',
    lineNumbers: false,
    highlight: '',
    wrap: false,
  },
  render: (args) =>
    html`<inc-code-block
      .code=${args.code}
      language=${args.language}
      caption=${args.caption}
      theme=${args.theme}
      highlight=${args.highlight}
      ?line-numbers=${args.lineNumbers}
      ?wrap=${args.wrap}
    ></inc-code-block>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Sql: Story = { args: { caption: 'The migration, done safely' } };
export const Go: Story = { args: { code: GO, language: 'go', caption: 'dispatcher.go' } };
export const YamlManifest: Story = { args: { code: YAML, language: 'yaml', caption: 'deployment.yaml' } };
export const UnknownLanguage: Story = {
  args: {
    code: 'IDENTIFICATION DIVISION.\nPROGRAM-ID. HELLO.',
    language: 'cobol',
    caption: 'Shown as plain text',
  },
};
export const LineNumbersAndHighlight: Story = {
  args: { code: YAML, language: 'yaml', lineNumbers: true, highlight: '13, 14-15', caption: 'The fix' },
};
export const LongLines: Story = { args: { code: LONG, language: 'log', caption: 'Scrolls sideways' } };
export const LongLinesWrapped: Story = {
  args: { code: LONG, language: 'log', wrap: true, lineNumbers: true },
};
export const Light: Story = {
  args: { code: GO, language: 'go', theme: 'light', lineNumbers: true, highlight: '7-8' },
};
export const Dark: Story = {
  args: { code: GO, language: 'go', theme: 'dark', lineNumbers: true, highlight: '7-8' },
};
export const Terminal: Story = {
  args: { code: GO, language: 'go', theme: 'terminal', lineNumbers: true, highlight: '7-8' },
};
export const Auto: Story = {
  args: { code: GO, language: 'go', theme: 'auto', lineNumbers: true, highlight: '7-8' },
};
export const HostileCodeText: Story = {
  args: { code: HOSTILE, language: 'javascript', caption: 'Text, never markup' },
};
export const FromTextContent: Story = {
  // prettier-ignore
  render: () => html`<inc-code-block language="bash" line-numbers>
    <span slot="caption">Roll back with <code>kubectl</code></span>
    <script type="text/plain">
      kubectl rollout undo deployment/checkout --to-revision=41
      kubectl rollout status deployment/checkout --timeout=120s && echo "ok" > /tmp/rollback
    </script>
  </inc-code-block>`,
};
