/** The `pgpass` package (a dependency of `pg`): libpq's ~/.pgpass lookup (PGPASSFILE honoured). */
declare module 'pgpass' {
  function pgpass(connInfo: { host: string; port: number; database: string; user: string }, cb: (password: string | undefined) => void): void;
  export default pgpass;
}
