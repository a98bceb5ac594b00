/**
 * Config files for a local ClickHouse cluster: one server per shard on 127.0.0.1, each with its own
 * ports and data folder, a shared users file (an admin `default` reachable from loopback only, and
 * a read-only query user whose limits are in its profile) and a `remote_servers` entry naming every
 * shard. Written for Debian's clickhouse-server 18.16, which needs `<logger>` and
 * `<mark_cache_size>`, reads `users_config` (not `user_directories`) and stops on unknown settings.
 */
import { join } from 'node:path';

export const LOCAL_CLUSTER = 'rtd_local';
export const READ_USER = 'rtd_reader';

export interface ShardPorts {
  http: number;
  tcp: number;
  interserver: number;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The server config of shard `index` under `dir`. */
export function serverConfig(dir: string, index: number, shards: readonly ShardPorts[]): string {
  const own = shards[index];
  const root = join(dir, `shard-${index + 1}`);
  const replicas = shards
    .map((s) => `      <shard><replica><host>127.0.0.1</host><port>${s.tcp}</port></replica></shard>`)
    .join('\n');
  return `<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>${xml(join(root, 'log', 'server.log'))}</log>
    <errorlog>${xml(join(root, 'log', 'error.log'))}</errorlog>
    <size>10M</size>
    <count>1</count>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${own.http}</http_port>
  <tcp_port>${own.tcp}</tcp_port>
  <interserver_http_port>${own.interserver}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>${xml(join(root, 'data'))}/</path>
  <tmp_path>${xml(join(root, 'tmp'))}/</tmp_path>
  <user_files_path>${xml(join(root, 'user_files'))}/</user_files_path>
  <format_schema_path>${xml(join(root, 'format_schemas'))}/</format_schema_path>
  <users_config>${xml(join(dir, 'users.xml'))}</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>64</max_concurrent_queries>
  <!-- Above fetch's own idle timeout (4 s), so a kept-alive connection is never closed under it. -->
  <keep_alive_timeout>10</keep_alive_timeout>
  <remote_servers>
    <${LOCAL_CLUSTER}>
${replicas}
    </${LOCAL_CLUSTER}>
  </remote_servers>
</yandex>
`;
}

/**
 * The users file: `default` (loading, DDL and the shards' own traffic) from loopback only, and the
 * read-only query user with its password and limits. A `readonly=1` user cannot change settings,
 * so everything a query needs is set in its profile.
 */
export function usersConfig(readPassword: string): string {
  return `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>8000000000</max_memory_usage>
      <load_balancing>in_order</load_balancing>
    </default>
    <rtd_readonly>
      <readonly>1</readonly>
      <max_memory_usage>4000000000</max_memory_usage>
      <max_execution_time>60</max_execution_time>
      <max_result_rows>2000000</max_result_rows>
      <result_overflow_mode>throw</result_overflow_mode>
      <load_balancing>in_order</load_balancing>
    </rtd_readonly>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
    <${READ_USER}>
      <password>${xml(readPassword)}</password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>rtd_readonly</profile>
      <quota>default</quota>
    </${READ_USER}>
  </users>
  <quotas>
    <default>
      <interval>
        <duration>3600</duration>
        <queries>0</queries>
        <errors>0</errors>
        <result_rows>0</result_rows>
        <read_rows>0</read_rows>
        <execution_time>0</execution_time>
      </interval>
    </default>
  </quotas>
</yandex>
`;
}
