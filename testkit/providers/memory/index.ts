export { memoryCapabilities } from './capabilities.js';
export { createMemoryProvider } from './provider.js';
export { MemoryWorkspaces } from './registry.js';
export { MemoryWorkspace, type MemoryChannel, type MemoryMessage, type MemoryUser } from './workspace.js';
