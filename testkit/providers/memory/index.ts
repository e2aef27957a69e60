export { memoryCapabilities, memoryMailCapabilities } from './capabilities.js';
export { createMemoryProvider } from './provider.js';
export { MEMORY, MemoryWorkspaces } from './definition.js';
export { MemoryWorkspace, type MemoryChannel, type MemoryMessage, type MemoryUser } from './workspace.js';
