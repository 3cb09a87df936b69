namespace Benchmarker.Infrastructure.Sampling.Gpu;

/// <summary>Chooses how GPUs are read: NVML when the library loads, else nvidia-smi on PATH, else nothing with the reason.</summary>
internal static class GpuReaders
{
    public static IGpuReader Create(TimeSpan interval)
    {
        if (NvmlGpuReader.TryCreate() is { } nvml)
        {
            return nvml;
        }

        if (NvidiaSmiGpuReader.FindOnPath() is not { } smi)
        {
            return new UnavailableGpuReader(UnavailableGpuReader.NoNvidia);
        }

        try
        {
            return NvidiaSmiGpuReader.Start(smi, interval);
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new UnavailableGpuReader($"not available: {smi} failed to start ({error.Message})");
        }
    }
}
