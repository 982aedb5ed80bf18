using System.Text;
using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler;

/// <summary>
/// Builds the SyntaxError the compiler raises, with CPython's fields: msg, filename, lineno, offset
/// (1-based, in characters of the line), text, end_lineno, end_offset.
/// </summary>
internal sealed class CompileErrors
{
    readonly string _filename;
    readonly string? _source;
    string[]? _lines;

    public CompileErrors(string filename, string? source) { _filename = filename; _source = source; }

    public PyException At(string message, LocatedNode? node) =>
        node == null ? Make(PyExc.SyntaxError, message, -1, -1, -1, -1)
            : Make(PyExc.SyntaxError, message, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    public PyException At(string message, int lineno, int col, int endLineno, int endCol) =>
        Make(PyExc.SyntaxError, message, lineno, col, endLineno, endCol);

    PyException Make(PyType type, string message, int lineno, int col, int endLineno, int endCol)
    {
        string? text = LineText(lineno);
        int offset = col < 0 ? -1 : CharOffset(text, col) + 1;
        string? endText = endLineno == lineno ? text : LineText(endLineno);
        int endOffset = endCol < 0 ? -1 : CharOffset(endText, endCol) + 1;
        return Make(type, message, _filename, lineno, offset, text, endLineno, endOffset);
    }

    /// <summary>A SyntaxError-family exception from 1-based character offsets (-1/0 = unknown).</summary>
    public static PyException Make(PyType type, string message, string filename, int lineno, int offset, string? text,
        int endLineno, int endOffset)
    {
        PyObject pyFile = new PyStr(filename);
        PyObject pyLine = lineno < 0 ? PyNone.Instance : PyInt.Get(lineno);
        PyObject pyOffset = offset < 0 ? PyNone.Instance : PyInt.Get(offset);
        PyObject pyText = text == null ? PyNone.Instance : new PyStr(text);
        PyObject pyEndLine = endLineno < 0 ? PyNone.Instance : PyInt.Get(endLineno);
        PyObject pyEndOffset = endOffset < 0 ? PyNone.Instance : PyInt.Get(endOffset);
        var msg = new PyStr(message);
        var exc = PyBaseException.Create(type, msg,
            PyTuple.Create(pyFile, pyLine, pyOffset, pyText, pyEndLine, pyEndOffset));
        exc.SetAttribute("msg", msg);
        exc.SetAttribute("filename", pyFile);
        exc.SetAttribute("lineno", pyLine);
        exc.SetAttribute("offset", pyOffset);
        exc.SetAttribute("text", pyText);
        exc.SetAttribute("end_lineno", pyEndLine);
        exc.SetAttribute("end_offset", pyEndOffset);
        exc.SetAttribute("print_file_and_line", PyNone.Instance);
        return new PyException(exc);
    }

    string? LineText(int lineno)
    {
        if (_source == null || lineno < 1) return null;
        _lines ??= _source.Split('\n');
        if (lineno > _lines.Length) return null;
        var line = _lines[lineno - 1];
        return line.EndsWith('\r') ? line[..^1] + "\n" : line + "\n";
    }

    /// <summary>Converts a UTF-8 byte column to a character (code point) column of the line.</summary>
    static int CharOffset(string? line, int byteCol)
    {
        if (line == null) return byteCol;
        int bytes = 0, chars = 0;
        for (int i = 0; i < line.Length && bytes < byteCol; i++)
        {
            char c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                bytes += 4; i++;
            }
            else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            chars++;
        }
        return chars + Math.Max(0, byteCol - bytes);
    }

}
