using System.Globalization;
using Lottery.Host.Demo;
using Lottery.Torch;

namespace Lottery.Host;

/// <summary>
/// The command line. Until the generic host lands, `run` trains the demo network (LeNet-300-100 on
/// Fashion-MNIST) and prints the test accuracy after every epoch.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var verb = args.Length == 0 ? "run" : args[0];
        try
        {
            return verb switch
            {
                "run" => Run(DemoArguments.Parse(args.Skip(1).ToArray())),
                "version" => PrintVersion(),
                _ => Fail($"unknown verb '{verb}': expected run or version"),
            };
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or TorchException)
        {
            return Fail(e.Message);
        }
    }

    private static int Run(DemoSettings settings)
    {
        Console.WriteLine($"LotteryHost demo: LeNet-300-100 on Fashion-MNIST, {settings.Epochs} epochs, batch {settings.BatchSize}, " +
                          $"SGD lr {settings.LearningRate.ToString(CultureInfo.InvariantCulture)}, libtorch {torch.version}, intra-op threads: {torch.get_num_threads()}");
        DemoTraining.Run(settings, r => Console.WriteLine(
            $"epoch {r.Epoch}: train loss {r.TrainLoss:F4}  test loss {r.TestLoss:F4}  test accuracy {r.TestAccuracy * 100:F2}%  ({r.Elapsed.TotalSeconds:F1} s)"));
        return 0;
    }

    private static int PrintVersion()
    {
        Console.WriteLine($"LotteryHost {typeof(Program).Assembly.GetName().Version} on libtorch {torch.version}; CUDA available: {torch.cuda.is_available()}");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }
}
