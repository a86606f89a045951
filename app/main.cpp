#include "cli.h"

int main(int argc, char *argv[])
{
    return busola::runBusola(argc, argv);
}
