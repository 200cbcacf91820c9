/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <string.h>

#include "check.h"
#include "record_blocks.h"

/* Records of every size, one larger than a block among them: each keeps
 * its bytes, and no handle is 0 or repeated. */
static void records_keep_their_bytes(void)
{
    struct tcpra_record_blocks store = {0};
    enum { COUNT = 3000 };
    tcpra_record_handle handles[COUNT];
    size_t sizes[COUNT];
    int ok = 1;

    for (int i = 0; i < COUNT; i++) {
        uint8_t *r;

        sizes[i] = i == 1500 ? 100000 : (size_t)(i % 97) + 1;
        r = tcpra_record_add(&store, sizes[i], &handles[i]);
        CHECK(r != NULL);
        CHECK(handles[i] != 0);
        CHECK(((uintptr_t)r & 7) == 0);
        if (r)
            memset(r, i & 0xFF, sizes[i]);
    }
    for (int i = 0; i < COUNT; i++) {
        const uint8_t *r = tcpra_record_get(&store, handles[i]);

        for (size_t b = 0; b < sizes[i]; b++)
            ok &= r[b] == (i & 0xFF);
        if (i)
            ok &= handles[i] != handles[i - 1];
    }
    CHECK(ok);
    /* 64 KiB blocks: the large record has its own, the others share. */
    CHECK(store.count > 2 && store.count < 10);
    tcpra_record_blocks_free(&store);
    CHECK_EQ(store.count, 0);
}

int main(void)
{
    records_keep_their_bytes();
    return check_report("record_blocks");
}
