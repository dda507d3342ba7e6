// libyaml's event parser, from Debian's libyaml-dev.
#include <yaml.h>
