namespace Benchmarker.WebUi;

/// <summary>Marker for the Razor Class Library's assembly, used by the host to find its pages.</summary>
public static class WebUiAssembly;
