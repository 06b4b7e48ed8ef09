declare module 'virtual:example-operations' {
  const operations: string[];
  export default operations;
}
