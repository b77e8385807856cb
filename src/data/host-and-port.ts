/**
 * An emulator's address. One type and one parser for the widget's attributes, the project's scripts
 * and the tests, which all pass addresses around as "host:port" text.
 */
export interface HostAndPort {
  host: string;
  port: number;
}

const HOST_AND_PORT = /^(\[[0-9a-f:]+\]|[a-z0-9.-]+):(\d{1,5})$/i;

/** "127.0.0.1:8080" → { host, port }; null when the text is not a host and a port from 1 to 65535. */
export function parseHostAndPort(text: string): HostAndPort | null {
  const [, host, portText] = HOST_AND_PORT.exec(text.trim()) ?? [];
  const port = Number(portText);
  return host && port >= 1 && port <= 65535 ? { host, port } : null;
}

export function formatHostAndPort({ host, port }: HostAndPort): string {
  return `${host}:${port}`;
}
