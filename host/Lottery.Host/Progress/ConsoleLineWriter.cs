using System.Text;
using Spectre.Console;

namespace Lottery.Host.Progress;

/// <summary>
/// A TextWriter for the run's lines while live bars are drawn: each complete line goes through Spectre's
/// console, which prints it above the bars instead of through them.
/// </summary>
internal sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder pending = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (pending)
        {
            if (value == '\n')
            {
                console.WriteLine(pending.ToString().TrimEnd('\r'));
                pending.Clear();
            }
            else
            {
                pending.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "") Write(c);
    }

    protected override void Dispose(bool disposing)
    {
        lock (pending)
        {
            if (pending.Length > 0) console.WriteLine(pending.ToString());
            pending.Clear();
        }
        base.Dispose(disposing);
    }
}
