namespace Benchmarker.Client;

/// <summary>Marker for the client assembly until the generated client lands.</summary>
public static class ClientAssembly;
