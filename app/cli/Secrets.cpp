#include "Secrets.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace acta::cli {

namespace {

// Reads one line from the terminal with echo off, into guarded memory.
Result<SecureBytes> promptNoEcho(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return fail(ErrorCode::Unavailable, SecretSource::tr("No terminal to ask on."));
    const int fd = fileno(tty);
    termios old {};
    const bool isTerminal = tcgetattr(fd, &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    SecureBytes buffer(1024);
    qsizetype n = 0;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n' && n < buffer.size())
        buffer.data()[n++] = static_cast<unsigned char>(c);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fclose(tty);
    return SecureBytes::copyOf(QByteArrayView(buffer.constChars(), n));
}

class StandardSecretSource : public SecretSource
{
public:
    Result<SecureBytes> read(const char *envVar, const QString &prompt, bool confirm) override
    {
        if (const char *value = std::getenv(envVar))
            return SecureBytes::copyOf(QByteArrayView(value));
        if (!isatty(STDIN_FILENO))
            return fail(ErrorCode::Unavailable,
                        tr("%1 is not set and there is no terminal to ask on.").arg(QLatin1String(envVar)));
        Result<SecureBytes> first = promptNoEcho(prompt);
        if (!first || !confirm)
            return first;
        Result<SecureBytes> second = promptNoEcho(tr("Type it again: "));
        if (!second)
            return second;
        if (!first->equals(*second))
            return fail(ErrorCode::InvalidInput, tr("The two entries differ; nothing was changed."));
        return first;
    }
};

} // namespace

SecretSource &SecretSource::standard()
{
    static StandardSecretSource source;
    return source;
}

} // namespace acta::cli
